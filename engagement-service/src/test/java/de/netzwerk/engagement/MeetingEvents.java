package de.netzwerk.engagement;

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

/**
 * Object mother: publishes on {@code meeting-events} what meeting-service would publish, as CloudEvents in
 * binary mode, plus the broken records a consumer must survive.
 */
public final class MeetingEvents implements AutoCloseable {

    public static final String TOPIC = "meeting-events";
    public static final String ATTENDANCE_RECORDED = "de.netzwerk.meeting.attendance-recorded.v1";

    private final KafkaProducer<String, String> producer;
    private final String network;
    private RecordMetadata lastSent;

    public MeetingEvents(String bootstrapServers, String network) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
        this.network = network;
    }

    /** An attendance of the partner at a meeting that started {@code daysAgo} days ago; returns its ce_id. */
    public UUID attendance(UUID partner, UUID group, UUID meeting, int daysAgo, String status) {
        return attendance(UUID.randomUUID(), partner, group, meeting, daysAgo, status, 1);
    }

    public UUID attendance(UUID eventId, UUID partner, UUID group, UUID meeting, int daysAgo, String status, int revision) {
        OffsetDateTime startsAt = OffsetDateTime.parse("2026-11-01T18:00:00+01:00").minusDays(daysAgo);
        String data = """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",
                 "status":"%s","revision":%d,"recordedAt":"%s"}"""
                .formatted(network, meeting, group, startsAt, partner, status, revision, startsAt.plusHours(3));
        send(eventId, ATTENDANCE_RECORDED, partner.toString(), data);
        return eventId;
    }

    /** A record with the given type and raw data under proper CloudEvents headers. */
    public void send(UUID eventId, String type, String partner, String data) {
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId.toString(),
                "ce_type", type,
                "ce_source", "/netzwerk/meeting-service",
                "ce_time", OffsetDateTime.now().toString(),
                "ce_subject", partner,
                "ce_networkid", network,
                "content-type", "application/json");
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, partner, data);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        sendAndWait(record);
    }

    /** A record without any CloudEvents headers. */
    public void sendBare(String partner, String data) {
        sendAndWait(new ProducerRecord<>(TOPIC, partner, data));
    }

    private void sendAndWait(ProducerRecord<String, String> record) {
        try {
            lastSent = producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
    }

    /** Where the broker put the last record sent, as its producer answers it in {@code Netzwerk-Position}. */
    public String lastPosition() {
        return lastSent.topic() + ":" + lastSent.partition() + ":" + lastSent.offset();
    }

    @Override
    public void close() {
        producer.close();
    }
}
