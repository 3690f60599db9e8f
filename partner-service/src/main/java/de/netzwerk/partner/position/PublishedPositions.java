package de.netzwerk.partner.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where events of this service were published, read from the journal the outbox relay keeps ({@code published_event}). */
@ApplicationScoped
public class PublishedPositions {

    private final EntityManager entityManager;

    PublishedPositions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The position after all these events, or empty while any of them is not yet published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Position> after(List<UUID> eventIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select topic, kafka_partition, kafka_offset from published_event where event_id in (?1)""")
                .setParameter(1, eventIds)
                .getResultList();
        if (rows.size() < eventIds.size()) {
            return Optional.empty();
        }
        return Optional.of(Position.highestPerPartition(rows.stream()
                .map(row -> new Position.Part((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).longValue()))
                .toList()));
    }
}
