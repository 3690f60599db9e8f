package de.netzwerk.infra.deadletters;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * The dead-letter topics of a broker ({@code <consumer>.<topic>.dlq}): lists what is on them and re-sends chosen
 * dead letters to the topic they came from, once their cause is fixed. Re-sending is safe to repeat: every consumer
 * records the {@code ce_id} of each event it applies in the transaction of its effect and skips one it has applied,
 * so a dead letter re-sent twice, or re-sent after it was applied some other way, changes nothing the second time.
 * Reads with no consumer group: listing moves no one's offsets.
 */
public final class DeadLetterTopics implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> producer;

    public DeadLetterTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(properties);
    }

    /**
     * The dead-letter topics of {@code which}: a consumer and its topic ({@code meeting-service.partner-events}), a
     * consumer ({@code meeting-service}) or a dead-letter topic by its full name; every one for null.
     */
    public List<String> topics(String which) {
        return consumer.listTopics(PATIENCE).keySet().stream()
                .filter(topic -> topic.endsWith(DeadLetter.SUFFIX))
                .filter(topic -> which == null || topic.equals(which) || topic.equals(which + DeadLetter.SUFFIX)
                        || topic.startsWith(which + "."))
                .sorted().toList();
    }

    /** Every dead letter on the topics of {@code which} (see {@link #topics}), in the order of each topic. */
    public List<DeadLetter> list(String which) {
        List<DeadLetter> all = new ArrayList<>();
        for (String topic : topics(which)) {
            all.addAll(read(topic));
        }
        return all;
    }

    /**
     * Re-sends the dead letters of these events ({@code ce_id}s) on one dead-letter topic to the topic they came from,
     * each once however often it was dead-lettered, and answers them. Sends nothing if an id is not on the topic.
     */
    public List<DeadLetter> resend(String deadLetterTopic, Collection<String> eventIds) {
        Map<String, DeadLetter> latest = latestByEventId(deadLetterTopic);
        List<String> unknown = eventIds.stream().filter(id -> !latest.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not on " + deadLetterTopic + ": " + String.join(", ", unknown));
        }
        return send(eventIds.stream().distinct().map(latest::get).toList());
    }

    /** Re-sends every dead letter with a {@code ce_id} on one dead-letter topic, each event once. */
    public List<DeadLetter> resendAll(String deadLetterTopic) {
        return send(List.copyOf(latestByEventId(deadLetterTopic).values()));
    }

    private Map<String, DeadLetter> latestByEventId(String deadLetterTopic) {
        if (!topics(null).contains(deadLetterTopic)) {
            throw new IllegalArgumentException("no dead-letter topic " + deadLetterTopic + " on " + bootstrapServers);
        }
        Map<String, DeadLetter> latest = new LinkedHashMap<>();
        read(deadLetterTopic).stream().filter(letter -> letter.eventId() != null)
                .forEach(letter -> latest.put(letter.eventId(), letter));
        return latest;
    }

    private List<DeadLetter> send(List<DeadLetter> letters) {
        if (producer == null) {
            producer = new KafkaProducer<>(producerProperties());
        }
        try {
            for (DeadLetter letter : letters) {
                producer.send(letter.asSentOriginally()).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-sending dead letters", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take a re-sent dead letter: " + e.getCause().getMessage(), e);
        }
        return letters;
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return properties;
    }

    /** The topic from its beginning to the end it has now, on every partition. */
    private List<DeadLetter> read(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
        List<DeadLetter> letters = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + PATIENCE.toSeconds() + " s");
            }
            consumer.poll(Duration.ofMillis(500)).forEach(record -> letters.add(new DeadLetter(record)));
        }
        consumer.unsubscribe();
        return letters;
    }

    @Override
    public void close() {
        consumer.close();
        if (producer != null) {
            producer.close();
        }
    }
}
