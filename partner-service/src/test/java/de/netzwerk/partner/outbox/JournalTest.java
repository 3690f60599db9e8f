package de.netzwerk.partner.outbox;

import de.netzwerk.infra.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal the change feed serves holds each published event once, where and in the order the broker stored it. */
@QuarkusTest
class JournalTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPublishedEventIsJournaledWithWhereTheBrokerStoredIt() throws InterruptedException {
        ProbeEvent event = ProbeEvent.about(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> outbox.add(event));

        ConsumerRecord<String, String> record = read(event);
        Object[] row = journaled(UUID.fromString(TopicReader.header(record, "ce_id")));

        assertEquals(record.partition(), ((Number) row[1]).intValue());
        assertEquals(record.offset(), ((Number) row[2]).longValue());
        assertEquals(record.key(), row[3]);
        assertEquals(TopicReader.header(record, "ce_subject"), row[4]);
        assertEquals("outbox-test", row[5]);
        assertEquals(record.value(), row[6]);
        assertEquals(TopicReader.header(record, "ce_type"), row[7]);
    }

    @Test
    void feedPositionsFollowTheOrderOfPublication() throws InterruptedException {
        UUID partner = UUID.randomUUID();
        List<ProbeEvent> events = List.of(ProbeEvent.about(partner), ProbeEvent.about(partner), ProbeEvent.about(partner));
        for (ProbeEvent event : events) {
            QuarkusTransaction.requiringNew().run(() -> outbox.add(event));
        }

        List<Long> offsets = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        for (ProbeEvent event : events) {
            ConsumerRecord<String, String> record = read(event);
            offsets.add(record.offset());
            positions.add(((Number) journaled(UUID.fromString(TopicReader.header(record, "ce_id")))[0]).longValue());
        }
        // One partner, one partition: the broker's offsets are the publish order, and the positions must agree.
        assertTrue(offsets.get(0) < offsets.get(1) && offsets.get(1) < offsets.get(2), "offsets " + offsets);
        assertTrue(positions.get(0) < positions.get(1) && positions.get(1) < positions.get(2), "positions " + positions);
    }

    private ConsumerRecord<String, String> read(ProbeEvent event) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    candidate -> candidate.value().contains(event.marker().toString()), Duration.ofSeconds(30));
            return records.stream().filter(candidate -> candidate.value().contains(event.marker().toString()))
                    .findFirst().orElseThrow();
        }
    }

    /** The broker acknowledges before the relay's transaction commits: wait for the commit. */
    private Object[] journaled(UUID eventId) {
        return await("event " + eventId + " journaled").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> journalRow(eventId), Optional::isPresent).orElseThrow();
    }

    private Optional<Object[]> journalRow(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select feed_position, kafka_partition, kafka_offset, record_key, subject, network_id, payload,
                            event_type
                        from published_event where event_id = ?1""", Object[].class)
                .setParameter(1, eventId)
                .getResultStream().findFirst());
    }
}
