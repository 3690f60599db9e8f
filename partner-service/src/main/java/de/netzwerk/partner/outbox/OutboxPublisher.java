package de.netzwerk.partner.outbox;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Publishes one batch of committed outbox events as CloudEvents (binary mode) and deletes them once the
 * broker has acknowledged every one. While the broker is away the batch waits in the producer, which never
 * drops a record (so a partner's events cannot overtake each other); if anything fails, the transaction
 * rolls back and the events stay for the next attempt. Delivery is at least once: consumers skip what they
 * have seen by {@code ce_id}. What the broker acknowledged goes into the {@link Journal} in the same transaction.
 */
@ApplicationScoped
public class OutboxPublisher {

    static final String SOURCE = "/netzwerk/partner-service";

    /**
     * Only one instance of the service publishes at a time. Row locks with SKIP LOCKED alone would let two
     * instances publish a partner's consecutive events in parallel, out of order; one transaction-scoped
     * advisory lock keeps the order and still lets any instance take over at once when another stops.
     */
    private static final long RELAY_LOCK = 0x5041_5254_4e45_5221L;

    private final EntityManager entityManager;
    private final MutinyEmitter<String> emitter;
    private final Journal journal;
    private final OutboxConfig config;

    OutboxPublisher(EntityManager entityManager, @Channel("outbox") MutinyEmitter<String> emitter, Journal journal,
            OutboxConfig config) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.journal = journal;
        this.config = config;
    }

    /** Publishes the oldest pending events; returns how many, 0 if none or another instance is publishing. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public int publishPending() {
        if (!holdsRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent order by position", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Journal.Delivery> deliveries = batch.stream().map(event -> Journal.Delivery.of(event, event.recordKey)).toList();
        List<Uni<Void>> acknowledgements = deliveries.stream().map(delivery -> emitter.sendMessage(toMessage(delivery))).toList();
        Uni.join().all(acknowledgements).andFailFast().await().atMost(config.acknowledgementTimeout());
        journal.record(deliveries);
        entityManager.createQuery("delete from OutboxEvent where position in :positions")
                .setParameter("positions", batch.stream().map(event -> event.position).toList())
                .executeUpdate();
        return batch.size();
    }

    private boolean holdsRelayLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
    }

    private static Message<String> toMessage(Journal.Delivery delivery) {
        OutboxEvent event = delivery.event();
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.eventId.toString());
        header(headers, "ce_type", event.eventType);
        header(headers, "ce_source", SOURCE);
        header(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt));
        header(headers, "ce_subject", delivery.subject());
        header(headers, "ce_networkid", event.networkId);
        header(headers, "content-type", "application/json");
        return Message.of(event.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.recordKey)
                .withHeaders(headers)
                .build()).addMetadata(delivery.receipt());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
