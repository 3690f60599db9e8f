package de.netzwerk.task.outbox;

import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The journal of what this service published on its own topic (table {@code published_event}), in publish order,
 * with where the broker stored each event. The change feed serves it; events on other topics (personal-data-exports,
 * which carries personal data) are not recorded, nor are erasure confirmations (see {@link #ERASURE_CONFIRMATION}).
 *
 * <p>Only {@link OutboxBatches#acknowledge} writes it, in the transaction that deletes the batch from the outbox and
 * only after the broker acknowledged every event of the batch, and only for the rows that transaction deleted: an
 * event is journaled once, however often a failed attempt or a former leader sent it to Kafka. {@code feed_position}
 * comes from a sequence, which numbers rows in the order of the inserts, not of the commits. That is publish order
 * all the same: every transaction that journals first takes one transaction-scoped advisory lock
 * ({@link OutboxBatches#JOURNAL_LOCK}), and PostgreSQL releases it only after the commit is visible, so the next
 * holder's rows are numbered higher and become visible later. A reader that has seen position p never later finds
 * a new row below p, which is what makes the position a cursor.
 */
@ApplicationScoped
public class Journal {

    /**
     * A service's confirmation to partner-service that it erased a partner is not journaled: it names the partner,
     * whom the service keeps only as a digest once erased, and tells a follower nothing that partner-service's
     * partner-erased has not (that one is journaled; partner-service keeps the erased partner's id in its erasure record).
     */
    static final String ERASURE_CONFIRMATION = ".partner-data-erased.v1";

    private final EntityManager entityManager;
    private final JournalErasures erasures;
    private final Clock clock;

    Journal(EntityManager entityManager, JournalErasures erasures, Clock clock) {
        this.entityManager = entityManager;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** One event of a batch on its way to the broker; the broker's receipt (partition, offset) fills in on its ack. */
    public record Delivery(OutboxEvent event, String subject, OutgoingMessageMetadata<RecordMetadata> receipt) {

        public static Delivery of(OutboxEvent event, String subject) {
            return new Delivery(event, subject, new OutgoingMessageMetadata<>());
        }

        RecordMetadata stored() {
            RecordMetadata stored = receipt.getResult();
            if (stored == null) {
                throw new IllegalStateException("The broker acknowledged event " + event.eventId + " without saying where it stored it");
            }
            return stored;
        }
    }

    /** Records the acknowledged deliveries of one batch, in the order they were sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Delivery> acknowledged) {
        List<Delivery> ownTopic = acknowledged.stream().filter(delivery -> Outbox.TOPIC.equals(delivery.event().topic))
                .filter(delivery -> !delivery.event().eventType.endsWith(ERASURE_CONFIRMATION)).toList();
        if (ownTopic.isEmpty()) {
            return;
        }
        OffsetDateTime publishedAt = OffsetDateTime.now(clock);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into published_event (event_id, event_type, topic, kafka_partition, kafka_offset, record_key,
                        subject, network_id, occurred_at, published_at, payload)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Delivery delivery : ownTopic) {
                    OutboxEvent event = delivery.event();
                    RecordMetadata stored = delivery.stored();
                    insert.setObject(1, event.eventId);
                    insert.setString(2, event.eventType);
                    insert.setString(3, event.topic);
                    insert.setInt(4, stored.partition());
                    insert.setLong(5, stored.offset());
                    insert.setString(6, event.recordKey);
                    insert.setString(7, delivery.subject());
                    insert.setString(8, event.networkId);
                    insert.setObject(9, event.occurredAt);
                    insert.setObject(10, publishedAt);
                    insert.setString(11, event.payload);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        erasures.forgetErasedIn(ownTopic.stream().map(delivery -> delivery.event().eventId).toList());
    }
}
