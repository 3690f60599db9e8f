package de.netzwerk.task.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Reads and trims the journal of published events (table {@code published_event}, written by the outbox relay's
 * {@code Journal}) for the change feed.
 */
@ApplicationScoped
public class FeedStore {

    /** A journaled event as the feed serves it. */
    public record JournaledEvent(long position, UUID eventId, String eventType, String subject, String networkId,
            OffsetDateTime occurredAt, String payload) {
    }

    private final EntityManager entityManager;

    FeedStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The network's events on the topic after the position, oldest first. */
    @Transactional
    public List<JournaledEvent> after(String networkId, String topic, long position, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select feed_position, event_id, event_type, subject, network_id, occurred_at, payload
                        from published_event
                        where network_id = ?1 and topic = ?2 and feed_position > ?3
                        order by feed_position
                        limit ?4""")
                .setParameter(1, networkId)
                .setParameter(2, topic)
                .setParameter(3, position)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(row -> new JournaledEvent(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                (String) row[3], (String) row[4], offsetDateTime(row[5]), (String) row[6])).toList();
    }

    /** A timestamptz as the driver hands it to a native query: an Instant (in UTC) or already an OffsetDateTime. */
    private static OffsetDateTime offsetDateTime(Object timestamp) {
        return timestamp instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) timestamp;
    }

    /**
     * The highest position the retention job has removed from the network's events (0 if none): a follower whose
     * cursor is below it may have missed events.
     */
    @Transactional
    public long horizon(String networkId) {
        return ((Number) entityManager.createNativeQuery(
                        "select coalesce(max(removed_through), 0) from published_event_horizon where network_id = ?1")
                .setParameter(1, networkId)
                .getSingleResult()).longValue();
    }

    /**
     * Removes up to {@code limit} of the oldest events published before the cutoff and moves each network's horizon
     * past them, in one transaction; returns how many it removed.
     */
    @Transactional
    public int removePublishedBefore(OffsetDateTime cutoff, int limit) {
        return ((Number) entityManager.createNativeQuery("""
                        with removed as (
                            delete from published_event
                            where feed_position in (select feed_position from published_event where published_at < ?1
                                                    order by feed_position limit ?2)
                            returning network_id, feed_position),
                        moved as (
                            insert into published_event_horizon (network_id, removed_through)
                            select network_id, max(feed_position) from removed group by network_id
                            on conflict (network_id) do update
                                set removed_through = greatest(published_event_horizon.removed_through, excluded.removed_through))
                        select count(*) from removed""")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .getSingleResult()).intValue();
    }

    /**
     * Erasure (GDPR Art. 17): removes every journaled event of the network that names the partner, as its record
     * key, its subject or anywhere in its payload (a partner id is a UUID, so a match is the partner). An event that
     * names others too goes as a whole: the feed may lose something about them rather than keep the erased partner.
     * The horizon stays where it is: these events are gone for every follower, on purpose, and no follower must
     * resync for it. Returns how many were removed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String networkId, UUID partnerId) {
        String id = partnerId.toString();
        return entityManager.createNativeQuery("""
                        delete from published_event
                        where network_id = ?1 and (record_key = ?2 or subject = ?2 or payload like ?3)""")
                .setParameter(1, networkId)
                .setParameter(2, id)
                .setParameter(3, "%" + id + "%")
                .executeUpdate();
    }
}
