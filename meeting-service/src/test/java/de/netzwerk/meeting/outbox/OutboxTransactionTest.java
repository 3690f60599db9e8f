package de.netzwerk.meeting.outbox;

import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.AttendanceStatus;
import de.netzwerk.meeting.event.AttendanceRecorded;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class OutboxTransactionTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxPublisher publisher;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventWhoseTransactionRollsBackIsNeverPublished() {
        UUID partner = UUID.randomUUID();
        UUID rolledBackMeeting = UUID.randomUUID();
        UUID committedMeeting = UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(absence(partner, rolledBackMeeting));
            throw new IllegalStateException("the change failed after its event was written");
        }));
        // Same partner, so the same key and partition: once the later event is there, the earlier would be too.
        QuarkusTransaction.requiringNew().run(() -> outbox.add(absence(partner, committedMeeting)));

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    record -> record.value().contains(committedMeeting.toString()), Duration.ofSeconds(30));
            assertFalse(records.stream().anyMatch(record -> record.value().contains(rolledBackMeeting.toString())));
        }
    }

    @Test
    void anEventCannotBeWrittenOutsideTheTransactionOfItsChange() {
        assertThrows(TransactionalException.class, () -> outbox.add(absence(UUID.randomUUID(), UUID.randomUUID())));
    }

    @Test
    void publishedEventsLeaveTheOutbox() {
        UUID partner = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.add(absence(partner, meeting)));

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            reader.readUntil(record -> record.value().contains(meeting.toString()), Duration.ofSeconds(30));
        }
        await("the published events leaving the outbox").atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);
    }

    @Test
    void relaysRacingOverTheSameOutboxPublishEachEventOnce() throws Exception {
        UUID partner = UUID.randomUUID();
        List<UUID> meetings = java.util.stream.Stream.generate(UUID::randomUUID).limit(300).toList();
        QuarkusTransaction.requiringNew().run(() -> meetings.forEach(meeting -> outbox.add(absence(partner, meeting))));

        // Three more threads publishing beside the relay: each round still publishes and deletes a batch once.
        try (var relays = java.util.concurrent.Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 3; i++) {
                relays.submit(() -> {
                    while (pending() > 0) {
                        publisher.publishPending();
                    }
                    return null;
                });
            }
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            UUID last = meetings.getLast();
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    record -> record.value().contains(last.toString()), Duration.ofSeconds(30));
            List<String> ours = records.stream().filter(record -> partner.toString().equals(record.key()))
                    .map(record -> TopicReader.header(record, "ce_id")).toList();
            assertEquals(meetings.size(), ours.size(), "records published for the 300 events");
            assertEquals(meetings.size(), new java.util.HashSet<>(ours).size(), "distinct ce_ids");
        }
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult());
    }

    private static AttendanceRecorded absence(UUID partner, UUID meeting) {
        OffsetDateTime now = OffsetDateTime.now();
        return new AttendanceRecorded("outbox-test", meeting, UUID.randomUUID(), now.minusHours(2), partner,
                AttendanceStatus.ABSENT, 1, now);
    }
}
