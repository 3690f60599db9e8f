package de.netzwerk.partner.outbox;

import de.netzwerk.infra.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class OutboxTransactionTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventWhoseTransactionRollsBackIsNeverPublished() {
        UUID partner = UUID.randomUUID();
        ProbeEvent rolledBack = ProbeEvent.about(partner);
        ProbeEvent committed = ProbeEvent.about(partner);

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(rolledBack);
            throw new IllegalStateException("the change failed after its event was written");
        }));
        // Same partner, so the same key and partition: once the later event is there, the earlier would be too.
        QuarkusTransaction.requiringNew().run(() -> outbox.add(committed));

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    record -> record.value().contains(committed.marker().toString()), Duration.ofSeconds(30));
            assertFalse(records.stream().anyMatch(record -> record.value().contains(rolledBack.marker().toString())));
        }
    }

    @Test
    void anEventCannotBeWrittenOutsideTheTransactionOfItsChange() {
        assertThrows(TransactionalException.class, () -> outbox.add(ProbeEvent.about(UUID.randomUUID())));
    }

    @Test
    void publishedEventsLeaveTheOutbox() throws InterruptedException {
        ProbeEvent event = ProbeEvent.about(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> outbox.add(event));

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            reader.readUntil(record -> record.value().contains(event.marker().toString()), Duration.ofSeconds(30));
        }
        await("the outbox holds no published event").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> pending() == 0);
    }

    private long pending() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult());
    }
}
