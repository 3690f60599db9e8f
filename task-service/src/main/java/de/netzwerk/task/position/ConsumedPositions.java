package de.netzwerk.task.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far this service's consumers got in each topic-partition ({@code consumed_position}), written in the
 * transaction of the effect of the events read: once a position is recorded here, every effect before it is
 * committed, and any instance can tell. A position never moves back (a redelivery after a rebalance re-reads older
 * offsets).
 */
@ApplicationScoped
public class ConsumedPositions {

    private final EntityManager entityManager;

    ConsumedPositions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records that the record at this offset is applied, skipped or refused, in the transaction that did it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passed(Offset offset) {
        entityManager.createNativeQuery("""
                insert into consumed_position (topic, kafka_partition, next_offset, updated_at)
                values (?1, ?2, ?3, now())
                on conflict (topic, kafka_partition) do update
                set next_offset = greatest(consumed_position.next_offset, excluded.next_offset), updated_at = now()""")
                .setParameter(1, offset.topic())
                .setParameter(2, offset.partition())
                .setParameter(3, offset.offset() + 1)
                .executeUpdate();
    }

    /** For the records of a batch: the highest offset of each topic-partition. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passed(Collection<Offset> offsets) {
        Map<String, Offset> highest = new HashMap<>();
        for (Offset offset : offsets) {
            highest.merge(offset.topic() + ":" + offset.partition(), offset,
                    (one, other) -> one.offset() >= other.offset() ? one : other);
        }
        highest.values().forEach(this::passed);
    }

    /**
     * For records whose processing committed nothing (those going to the dead-letter topic, a batch of types nothing
     * here reads): nothing here depends on them, so a position past them is reached.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void passedAlone(Collection<Offset> offsets) {
        passed(offsets);
    }

    /** Whether every part of the position has been passed here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean reached(Position position) {
        if (position.isEmpty()) {
            return true;
        }
        List<String> topics = position.parts().stream().map(Position.Part::topic).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select topic, kafka_partition, next_offset from consumed_position where topic in (?1)""")
                .setParameter(1, topics)
                .getResultList();
        Map<String, Long> next = new HashMap<>();
        for (Object[] row : rows) {
            next.put(row[0] + ":" + ((Number) row[1]).intValue(), ((Number) row[2]).longValue());
        }
        return position.parts().stream().allMatch(part ->
                part.reachedBy(next.getOrDefault(part.topic() + ":" + part.partition(), 0L)));
    }
}
