package de.netzwerk.partner;

import de.netzwerk.infra.DevTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Object mother: publishes on {@code meeting-events} what meeting-service publishes when it schedules a meeting, as a
 * CloudEvent in binary mode keyed by the meeting, so that partner-service learns the meeting exists.
 */
public final class MeetingEvents {

    private static final String TOPIC = "meeting-events";

    private MeetingEvents() {
    }

    /** A meeting scheduled in the network, as meeting-service's scheduled.v1 says it; answers its id. */
    public static String scheduled(String network) {
        String meeting = UUID.randomUUID().toString();
        String data = """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","format":"WORKING_MEETING",
                 "startsAt":"2026-12-03T18:00:00+01:00","endsAt":"2026-12-03T20:00:00+01:00","timeZone":"Europe/Berlin",
                 "sequence":0,"scheduledAt":"2026-11-10T08:42:19.204+01:00","backfilled":false}"""
                .formatted(network, meeting, UUID.randomUUID());
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, meeting, data);
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "de.netzwerk.meeting.scheduled.v1",
                "ce_source", "/netzwerk/meeting-service", "ce_time", OffsetDateTime.now().toString(), "ce_subject", meeting,
                "ce_networkid", network, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the test event", e);
        }
        return meeting;
    }

    /**
     * A meeting scheduled in the network and known to partner-service: the partner's offer at it is posted once the
     * meeting is known (422 until then). Answers the meeting id; the offer is {@code offer} with the meeting added.
     */
    public static String knownWithOffer(String network, Map<String, Object> offer) {
        String meeting = scheduled(network);
        offer.put("meetingId", meeting);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Exchange.post(DevTokens.coordinator(network), network, "offers", offer).statusCode() != 201) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("meeting " + meeting + " of network " + network + " did not become known in 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return meeting;
    }

    private static Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return properties;
    }
}
