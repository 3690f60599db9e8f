package de.netzwerk.engagement.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where events of this service were published: an event has left the outbox once the broker acknowledged it, and in
 * the same transaction the relay journaled where the broker stored it ({@code published_event}). Events the
 * journal leaves out (those on other topics than the service's own, e.g. personal-data-exports) have no position
 * here: no client reads after them.
 */
@ApplicationScoped
public class PublishedPositions {

    private final EntityManager entityManager;

    PublishedPositions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The position after all these events, or empty while any of them waits in the outbox. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Position> after(List<UUID> eventIds) {
        Number waiting = (Number) entityManager.createNativeQuery("""
                select count(*) from outbox_event where event_id in (?1)""")
                .setParameter(1, eventIds)
                .getSingleResult();
        if (waiting.longValue() > 0) {
            return Optional.empty();
        }
        // Read after the outbox: the relay deletes from the outbox and journals in one transaction.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select topic, kafka_partition, kafka_offset from published_event where event_id in (?1)""")
                .setParameter(1, eventIds)
                .getResultList();
        return Optional.of(Position.highestPerPartition(rows.stream()
                .map(row -> new Position.Part((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).longValue()))
                .toList()));
    }
}
