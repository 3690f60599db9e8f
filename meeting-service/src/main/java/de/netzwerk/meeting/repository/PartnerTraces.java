package de.netzwerk.meeting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Every row of this service that names a partner: their replica, their memberships, their calendar feeds, and their
 * invitations, answers, attendance and minutes read. Erasing removes what is about the person and keeps what the network counts.
 */
@ApplicationScoped
public class PartnerTraces {

    /** Stands in {@code recorded_by} of kept rows: it named the partner themselves when they answered or read. */
    public static final String RECORDED_BY_ERASED = "(erased)";

    private static final String[] MEETING_TABLES = { "rsvp", "attendance", "minutes_acknowledgement", "invitation" };

    private final EntityManager entityManager;

    PartnerTraces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The partner's replica, group memberships and calendar feeds: nothing of them is needed once they are gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeReplica(UUID partnerId) {
        update("delete from calendar_feed where partner_id = ?1", partnerId);
        update("delete from group_member where partner_id = ?1", partnerId);
        update("delete from partner where id = ?1", partnerId);
    }

    /** Invitations and answers for meetings still ahead: the partner will not come, so they count for nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeFromMeetingsAhead(UUID partnerId, OffsetDateTime now) {
        for (String table : MEETING_TABLES) {
            entityManager.createNativeQuery("delete from " + table
                            + " where partner_id = ?1 and meeting_id in (select id from meeting where starts_at > ?2)")
                    .setParameter(1, partnerId)
                    .setParameter(2, now)
                    .executeUpdate();
        }
    }

    /**
     * The partner's rows of past meetings stay, so that each meeting's invited, answered, present/excused/absent
     * and read counts still read the same, but name a random stand-in instead of the partner: one per meeting, so
     * that a meeting's invitation, answer, attendance and reading still belong together, while nothing ties the
     * meetings to each other or to the partner. Reasons typed with an answer are deleted, and so is who recorded it.
     * The version of each attendance renamed so rises (its ETag): a correction sent with one read before is stale.
     * Returns the number of rows anonymised.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long anonymisePastMeetings(UUID partnerId) {
        Number rows = (Number) entityManager.createNativeQuery("""
                with stand_in as materialized (
                    select meeting_id, gen_random_uuid() as id from (
                        select meeting_id from invitation where partner_id = ?1
                        union select meeting_id from rsvp where partner_id = ?1
                        union select meeting_id from attendance where partner_id = ?1
                        union select meeting_id from minutes_acknowledgement where partner_id = ?1) named),
                invitations as (
                    update invitation t set partner_id = s.id from stand_in s
                    where t.partner_id = ?1 and t.meeting_id = s.meeting_id returning 1),
                answers as (
                    update rsvp t set partner_id = s.id, reason = null, recorded_by = ?2 from stand_in s
                    where t.partner_id = ?1 and t.meeting_id = s.meeting_id returning 1),
                attendances as (
                    update attendance t set partner_id = s.id from stand_in s
                    where t.partner_id = ?1 and t.meeting_id = s.meeting_id returning 1),
                readings as (
                    update minutes_acknowledgement t set partner_id = s.id, recorded_by = ?2 from stand_in s
                    where t.partner_id = ?1 and t.meeting_id = s.meeting_id returning 1),
                attendance_versions as (
                    update meeting m set attendance_version = m.attendance_version + 1
                    where m.id in (select meeting_id from attendance where partner_id = ?1) returning 1)
                select (select count(*) from invitations) + (select count(*) from answers)
                     + (select count(*) from attendances) + (select count(*) from readings)""")
                .setParameter(1, partnerId)
                .setParameter(2, RECORDED_BY_ERASED)
                .getSingleResult();
        return rows.longValue();
    }

    private void update(String sql, UUID partnerId) {
        entityManager.createNativeQuery(sql).setParameter(1, partnerId).executeUpdate();
    }
}
