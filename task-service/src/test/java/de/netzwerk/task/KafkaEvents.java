package de.netzwerk.task;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Publishes CloudEvents on the topics task-service consumes, as their producers would (or broken on purpose). */
public final class KafkaEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String network;
    private RecordMetadata lastSent;

    public KafkaEvents(String bootstrapServers, String network) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
        this.network = network;
    }

    /** {@code subject}: the partner, group or goal the event is about (also its key). */
    public void partner(UUID eventId, String type, String subject, String data) {
        send("partner-events", eventId, "de.netzwerk.partner." + type, "/netzwerk/partner-service", subject, data);
    }

    /** As {@link #partner(UUID, String, String, String)} with a fresh event id, which it returns. */
    public UUID partner(String type, String subject, String data) {
        UUID eventId = UUID.randomUUID();
        partner(eventId, type, subject, data);
        return eventId;
    }

    public void engagement(UUID eventId, String type, String partner, String data) {
        send("engagement-events", eventId, "de.netzwerk.engagement." + type, "/netzwerk/engagement-service", partner, data);
    }

    /** A record without CloudEvents headers: nobody can tell what it is. */
    public void bare(String topic, String key, String data) {
        send(new ProducerRecord<>(topic, key, data));
    }

    private void send(String topic, UUID eventId, String type, String source, String subject, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
        Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_type", type, "ce_source", source,
                "ce_time", OffsetDateTime.now().toString(), "ce_subject", subject, "ce_networkid", network,
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        send(record);
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            lastSent = producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
    }

    /** Where the broker put the last event sent, as its producer answers it in {@code Netzwerk-Position}. */
    public String lastPosition() {
        return lastSent.topic() + ":" + lastSent.partition() + ":" + lastSent.offset();
    }

    @Override
    public void close() {
        producer.close();
    }
}
