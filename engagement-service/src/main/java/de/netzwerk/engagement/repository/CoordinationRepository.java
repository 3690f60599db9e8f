package de.netzwerk.engagement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The network's meetings as the coordinators ran them: when they invited, when they published the minutes. */
@ApplicationScoped
public class CoordinationRepository {

    private final EntityManager entityManager;

    CoordinationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A meeting (group null for a network-wide one); {@code daysAhead} or {@code minutesPublishedAt} when known. */
    public record ScheduledMeeting(UUID meetingId, UUID groupId, OffsetDateTime startsAt, Integer invitationDaysAhead,
            OffsetDateTime minutesPublishedAt) {
    }

    /**
     * The meetings starting since then (not cancelled) whose invitations were sent by the coordinators, latest first;
     * invitations recorded by a backfill say nothing about when they went out.
     */
    @SuppressWarnings("unchecked")
    public List<ScheduledMeeting> invitedSince(String network, OffsetDateTime since, ZoneId zone) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select meeting_id, group_id, starts_at, invitation_days_ahead from meeting
                        where network_id = ?1 and starts_at >= ?2 and cancelled_at is null and invitations_sent_at is not null
                          and not coalesce(invitations_backfilled, false) order by starts_at desc""")
                .setParameter(1, network).setParameter(2, since).getResultList();
        return rows.stream().map(row -> new ScheduledMeeting((UUID) row[0], (UUID) row[1],
                Timestamps.inZone(row[2], zone), row[3] == null ? null : ((Number) row[3]).intValue(), null)).toList();
    }

    /** The meetings (not cancelled) that started in [since, until), latest first, with when their minutes came out. */
    @SuppressWarnings("unchecked")
    public List<ScheduledMeeting> heldBetween(String network, OffsetDateTime since, OffsetDateTime until, ZoneId zone) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select meeting_id, group_id, starts_at, minutes_published_at from meeting
                        where network_id = ?1 and starts_at >= ?2 and starts_at < ?3 and cancelled_at is null
                        order by starts_at desc""")
                .setParameter(1, network).setParameter(2, since).setParameter(3, until).getResultList();
        return rows.stream().map(row -> new ScheduledMeeting((UUID) row[0], (UUID) row[1],
                Timestamps.inZone(row[2], zone), null, Timestamps.inZone(row[3], zone))).toList();
    }
}
