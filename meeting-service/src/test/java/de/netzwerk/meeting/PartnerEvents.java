package de.netzwerk.meeting;

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
 * Object mother: publishes on {@code partner-events} what partner-service publishes about the groups, partners and
 * memberships of one network. Each method answers the event's {@code ce_id}.
 */
public final class PartnerEvents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String network;
    private RecordMetadata lastSent;

    public PartnerEvents(String bootstrapServers, String network) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
        this.network = network;
    }

    public UUID groupCreated(UUID group) {
        return send("group-created.v1", group, """
                {"networkId":"%s","groupId":"%s","groupKind":"WORKING","createdAt":"2026-09-01T08:30:00Z"}"""
                .formatted(network, group));
    }

    public UUID partnerRegistered(UUID partner) {
        return send("partner-registered.v1", partner, """
                {"networkId":"%s","partnerId":"%s","kind":"ORGANISATION","sector":"ASSOCIATION","status":"ACTIVE",
                 "expertise":[],"registeredAt":"2026-09-01T08:30:00Z"}""".formatted(network, partner));
    }

    public UUID partnerUpdated(UUID partner, String status, long version) {
        return send("partner-updated.v1", partner, """
                {"networkId":"%s","partnerId":"%s","kind":"ORGANISATION","sector":"ASSOCIATION","status":"%s",
                 "expertise":[],"version":%d,"updatedAt":"2026-10-01T08:30:00Z"}"""
                .formatted(network, partner, status, version));
    }

    public UUID partnerLeft(UUID partner) {
        return send("partner-left.v1", partner, """
                {"networkId":"%s","partnerId":"%s","leftAt":"2026-11-02T09:05:41+01:00"}""".formatted(network, partner));
    }

    public UUID membershipStarted(UUID group, UUID partner, boolean introductoryTalkDone) {
        return send("membership-started.v1", partner, """
                {"networkId":"%s","groupId":"%s","groupKind":"WORKING","partnerId":"%s","role":"MEMBER",
                 "joinedOn":"2026-09-01","introductoryTalkDone":%s,"version":0}"""
                .formatted(network, group, partner, introductoryTalkDone));
    }

    public UUID membershipEnded(UUID group, UUID partner) {
        return send("membership-ended.v1", partner, """
                {"networkId":"%s","groupId":"%s","partnerId":"%s","leftOn":"2026-10-01"}""".formatted(network, group, partner));
    }

    public UUID partnerErased(UUID partner, UUID erasureId) {
        return partnerErased(UUID.randomUUID(), partner, erasureId);
    }

    /** partner-erased with the given {@code ce_id}: the same id again is a redelivery. */
    public UUID partnerErased(UUID eventId, UUID partner, UUID erasureId) {
        return send(eventId, "partner-erased.v1", partner, """
                {"networkId":"%s","partnerId":"%s","erasureId":"%s","erasedAt":"2026-12-07T10:15:02.481+01:00"}"""
                .formatted(network, partner, erasureId));
    }

    public UUID personalDataExportRequested(UUID partner, UUID exportId) {
        return personalDataExportRequested(UUID.randomUUID(), partner, exportId);
    }

    /** personal-data-export-requested with the given {@code ce_id}: the same id again is a redelivery. */
    public UUID personalDataExportRequested(UUID eventId, UUID partner, UUID exportId) {
        return send(eventId, "personal-data-export-requested.v1", partner, """
                {"networkId":"%s","partnerId":"%s","exportId":"%s","requestedAt":"2026-12-07T09:41:17.203+01:00"}"""
                .formatted(network, partner, exportId));
    }

    /** network-registered: partner-service registered the network in this zone (version 0). Keyed by the network. */
    public UUID networkRegistered(String timeZone) {
        return send(UUID.randomUUID(), "network-registered.v1", network, """
                {"networkId":"%s","timeZone":"%s","defaultLanguage":"de","version":0,"registeredAt":"2026-09-01T08:30:00Z"}"""
                .formatted(network, timeZone));
    }

    /** network-updated: the network's zone or language changed to the given version. Keyed by the network. */
    public UUID networkUpdated(String timeZone, String language, long version) {
        return send(UUID.randomUUID(), "network-updated.v1", network, """
                {"networkId":"%s","timeZone":"%s","defaultLanguage":"%s","version":%d,"updatedAt":"2026-11-02T09:00:00Z"}"""
                .formatted(network, timeZone, language, version));
    }

    private UUID send(String type, UUID subject, String data) {
        return send(UUID.randomUUID(), type, subject, data);
    }

    private UUID send(UUID eventId, String type, UUID subject, String data) {
        return send(eventId, type, subject.toString(), data);
    }

    /**
     * Keyed by its subject, as partner-service keys its events: the partner, the group for group-created, the
     * network for the network's events.
     */
    private UUID send(UUID eventId, String type, String subject, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>("partner-events", subject, data);
        Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_type", "de.netzwerk.partner." + type,
                "ce_source", "/netzwerk/partner-service", "ce_time", OffsetDateTime.now().toString(),
                "ce_subject", subject, "ce_networkid", network, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            lastSent = producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
        return eventId;
    }

    /**
     * membership-started in a version no one reads: meeting-service sends it to its dead-letter topic. Answers the
     * event's {@code ce_id}.
     */
    public UUID membershipStartedOfUnknownVersion(UUID group, UUID partner) {
        return send("membership-started.v99", partner, """
                {"networkId":"%s","groupId":"%s","partnerId":"%s"}""".formatted(network, group, partner));
    }

    /**
     * Where the broker put the last event sent, as partner-service answers it in {@code Netzwerk-Position}:
     * {@code partner-events:<partition>:<offset>}.
     */
    public String lastPosition() {
        return lastSent.topic() + ":" + lastSent.partition() + ":" + lastSent.offset();
    }

    @Override
    public void close() {
        producer.close();
    }
}
