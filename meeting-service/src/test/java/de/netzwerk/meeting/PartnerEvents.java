package de.netzwerk.meeting;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Object mother: publishes on {@code partner-events} what partner-service publishes about memberships. */
public final class PartnerEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String network;

    public PartnerEvents(String bootstrapServers, String network) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
        this.network = network;
    }

    public void membershipStarted(UUID group, UUID partner, boolean introductoryTalkDone) {
        send("membership-started.v1", partner, """
                {"networkId":"%s","groupId":"%s","groupKind":"WORKING","partnerId":"%s","role":"MEMBER",
                 "joinedOn":"2026-09-01","introductoryTalkDone":%s,"version":0}"""
                .formatted(network, group, partner, introductoryTalkDone));
    }

    public void membershipEnded(UUID group, UUID partner) {
        send("membership-ended.v1", partner, """
                {"networkId":"%s","groupId":"%s","partnerId":"%s","leftOn":"2026-10-01"}""".formatted(network, group, partner));
    }

    private void send(String type, UUID partner, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>("partner-events", partner.toString(), data);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "de.netzwerk.partner." + type,
                "ce_source", "/netzwerk/partner-service", "ce_time", OffsetDateTime.now().toString(),
                "ce_subject", partner.toString(), "ce_networkid", network, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
