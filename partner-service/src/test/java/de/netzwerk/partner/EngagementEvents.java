package de.netzwerk.partner;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Object mother: publishes on {@code engagement-events} what engagement-service publishes, as CloudEvents in binary
 * mode keyed by the partner. Each method answers the event's {@code ce_id}.
 */
public final class EngagementEvents implements AutoCloseable {

    private static final String TOPIC = "engagement-events";

    private final KafkaProducer<String, String> producer;

    public EngagementEvents(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
    }

    /** A coordinator contacted the partner in an alert's follow-up, as engagement-service's schema says. */
    public UUID partnerContacted(String network, String partner, UUID alert, String channel, OffsetDateTime contactedAt) {
        return partnerContacted(UUID.randomUUID(), network, partner, alert, channel, contactedAt);
    }

    /** The same, with a given {@code ce_id}: a redelivery. */
    public UUID partnerContacted(UUID eventId, String network, String partner, UUID alert, String channel,
            OffsetDateTime contactedAt) {
        return send(eventId, "partner-contacted.v1", network, partner, """
                {"networkId":"%s","partnerId":"%s","alertId":"%s","channel":"%s","contactedAt":"%s","occasion":"ALERT_FOLLOW_UP"}"""
                .formatted(network, partner, alert, channel, contactedAt));
    }

    public UUID bandChanged(String network, String partner) {
        return send(UUID.randomUUID(), "band-changed.v1", network, partner, """
                {"networkId":"%s","partnerId":"%s","band":"WATCH","previousBand":"ENGAGED","score":61,
                 "changedAt":"2026-11-12T10:40:00+01:00"}""".formatted(network, partner));
    }

    /** Any data under any headers: for events that must be refused. */
    public UUID send(UUID eventId, String type, String network, String partner, String data) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId.toString());
        headers.put("ce_type", "de.netzwerk.engagement." + type);
        headers.put("ce_source", "/netzwerk/engagement-service");
        headers.put("ce_time", OffsetDateTime.now().toString());
        headers.put("ce_subject", partner);
        headers.put("ce_networkid", network);
        headers.put("content-type", "application/json");
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, partner, data);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
        return eventId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
