package de.netzwerk.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/** Reads a topic from its beginning, as a test that checks what a service published. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(properties);
        this.topic = topic;
    }

    /**
     * Every record read so far once one matches {@code wanted}; fails if none does within {@code timeout}.
     */
    public List<ConsumerRecord<String, String>> readUntil(Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (seen.stream().noneMatch(wanted)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No matching record on " + topic + " within " + timeout + "; read " + seen.size());
            }
            if (assignedOnceTopicExists()) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            } else {
                pause();
            }
        }
        return List.copyOf(seen);
    }

    /**
     * Every record read so far once every record published until now, on every partition, is read: after
     * {@link #readUntil} found the last record of a step, so that what was published before it on other partitions —
     * records of other keys — is read too, and a test can say "nothing else was published".
     */
    public List<ConsumerRecord<String, String>> readToEnd(Duration timeout) {
        if (!assignedOnceTopicExists()) {
            return List.copyOf(seen);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        Instant deadline = Instant.now().plus(timeout);
        while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Could not read " + topic + " to its end within " + timeout + "; read " + seen.size());
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A topic appears when its first record is published; until then there is nothing to read. */
    private boolean assignedOnceTopicExists() {
        if (consumer.assignment().isEmpty()) {
            List<PartitionInfo> partitions = consumer.listTopics(Duration.ofSeconds(5)).get(topic);
            if (partitions != null) {
                List<TopicPartition> assigned = partitions.stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(assigned);
                consumer.seekToBeginning(assigned);
            }
        }
        return !consumer.assignment().isEmpty();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a topic", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
