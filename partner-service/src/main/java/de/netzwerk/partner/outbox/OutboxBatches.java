package de.netzwerk.partner.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relay's two short transactions around a publishing round, which itself runs in none: reading the oldest
 * batch, and, once the broker has acknowledged it, journaling and deleting it.
 */
@ApplicationScoped
public class OutboxBatches {

    /**
     * Taken by every transaction that journals, until its commit: see {@link Journal} for why that keeps the
     * journal's positions in publish order. A key of its own: the leader's session holds {@link RelayLeadership#LOCK}.
     */
    static final long JOURNAL_LOCK = RelayLeadership.LOCK + 1;

    private final EntityManager entityManager;
    private final Journal journal;
    private final OutboxConfig config;

    OutboxBatches(EntityManager entityManager, Journal journal, OutboxConfig config) {
        this.entityManager = entityManager;
        this.journal = journal;
        this.config = config;
    }

    /** The oldest pending events, in the order they were committed, ready to send. */
    @Transactional
    public List<Journal.Delivery> oldest() {
        return entityManager.createQuery("from OutboxEvent order by position", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList().stream()
                .map(event -> Journal.Delivery.of(event, event.subject == null ? event.recordKey : event.subject))
                .toList();
    }

    /**
     * Journals and deletes the acknowledged events still in the outbox; returns how many. Another instance that
     * took over meanwhile may have published and deleted some of them already: those it journaled, so only what
     * this transaction deletes is journaled here (the delete waits for a concurrent one on the same rows).
     */
    @Transactional
    public int acknowledge(List<Journal.Delivery> acknowledged) {
        Set<Long> deleted = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, JOURNAL_LOCK);
                lock.execute();
            }
            Array positions = connection.createArrayOf("bigint",
                    acknowledged.stream().map(delivery -> delivery.event().position).toArray());
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from outbox_event where position = any(?) returning position")) {
                delete.setArray(1, positions);
                Set<Long> rows = new HashSet<>();
                try (ResultSet returned = delete.executeQuery()) {
                    while (returned.next()) {
                        rows.add(returned.getLong(1));
                    }
                }
                return rows;
            }
        });
        journal.record(acknowledged.stream().filter(delivery -> deleted.contains(delivery.event().position)).toList());
        return deleted.size();
    }
}
