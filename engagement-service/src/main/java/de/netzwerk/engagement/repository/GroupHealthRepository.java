package de.netzwerk.engagement.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** What a group's health is computed from: its members with their bands, and the attendance of its meetings. */
@ApplicationScoped
public class GroupHealthRepository {

    private final EntityManager entityManager;

    GroupHealthRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A member of the group, with their band ({@code UNSCORED} when there is none yet). */
    public record Member(UUID partnerId, String band) {
    }

    /**
     * A meeting of the group as its attendance was recorded; {@code invitationsSentAt} and {@code firstRecordedAt} are
     * null when not known.
     */
    public record AttendedMeeting(UUID meetingId, OffsetDateTime startsAt, int present, int excused, int absent,
            int invited, OffsetDateTime invitationsSentAt, OffsetDateTime firstRecordedAt) {
    }

    /** Who belongs to the group on the day (a membership that left before it joined is a data error, kept). */
    @SuppressWarnings("unchecked")
    public List<Member> members(String network, UUID group, LocalDate day) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select m.partner_id, coalesce(e.band, 'UNSCORED') from membership m
                        left join partner_engagement e on e.network_id = m.network_id and e.partner_id = m.partner_id
                        where m.network_id = ?1 and m.group_id = ?2 and m.joined_on <= ?3
                          and (m.left_on is null or m.left_on < m.joined_on or m.left_on > ?3)""")
                .setParameter(1, network).setParameter(2, group).setParameter(3, day).getResultList();
        return rows.stream().map(row -> new Member((UUID) row[0], (String) row[1])).toList();
    }

    /** The group's meetings (not cancelled) that started since then, latest first; times in the network's zone. */
    @SuppressWarnings("unchecked")
    public List<AttendedMeeting> meetingsSince(String network, UUID group, OffsetDateTime since, ZoneId zone) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select a.meeting_id, min(a.meeting_starts_at),
                               count(*) filter (where a.status = 'PRESENT'),
                               count(*) filter (where a.status = 'EXCUSED'),
                               count(*) filter (where a.status = 'ABSENT'),
                               (select count(*) from invitation i where i.network_id = ?1 and i.meeting_id = a.meeting_id),
                               min(greatest(m.invitations_sent_at, m.invitations_recorded_at)), min(a.recorded_at)
                        from attendance a left join meeting m on m.network_id = a.network_id and m.meeting_id = a.meeting_id
                        where a.network_id = ?1 and a.group_id = ?2 and a.meeting_starts_at >= ?3 and m.cancelled_at is null
                        group by a.meeting_id order by 2 desc""")
                .setParameter(1, network).setParameter(2, group).setParameter(3, since).getResultList();
        return rows.stream().map(row -> new AttendedMeeting((UUID) row[0], Timestamps.inZone(row[1], zone),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue(), Timestamps.inZone(row[6], zone), Timestamps.inZone(row[7], zone)))
                .toList();
    }
}
