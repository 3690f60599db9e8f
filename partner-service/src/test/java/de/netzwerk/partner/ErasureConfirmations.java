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
 * Object mother: publishes what meeting-, task- and engagement-service publish on their own topics once they erased a
 * partner — {@code partner-data-erased.v1}, as meeting-service's schema says — as CloudEvents in binary mode keyed by
 * the partner. Each method answers the event's {@code ce_id}.
 */
public final class ErasureConfirmations implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public ErasureConfirmations(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
    }

    /** {@code service} ({@code meeting}, {@code task}, {@code engagement}) confirms on its topic that it erased its part. */
    public UUID confirm(String service, String network, String partner, String erasure, OffsetDateTime erasedAt) {
        return send(service, "partner-data-erased.v1", network, partner, data(network, partner, erasure, erasedAt,
                service + "-service"));
    }

    /** The data of a confirmation, with any service named in it. */
    public static String data(String network, String partner, String erasure, OffsetDateTime erasedAt, String service) {
        return """
                {"networkId":"%s","partnerId":"%s","erasureId":"%s","erasedAt":"%s","service":"%s"}"""
                .formatted(network, partner, erasure, erasedAt, service);
    }

    /** Any data under any headers on {@code <service>-events}: for events that must be refused. */
    public UUID send(String service, String type, String network, String partner, String data) {
        UUID eventId = UUID.randomUUID();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId.toString());
        headers.put("ce_type", "de.netzwerk." + service + "." + type);
        headers.put("ce_source", "/netzwerk/" + service + "-service");
        headers.put("ce_time", OffsetDateTime.now().toString());
        headers.put("ce_subject", partner);
        headers.put("ce_networkid", network);
        headers.put("content-type", "application/json");
        ProducerRecord<String, String> record = new ProducerRecord<>(service + "-events", partner, data);
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
