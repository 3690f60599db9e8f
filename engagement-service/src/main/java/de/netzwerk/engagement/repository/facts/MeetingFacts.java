package de.netzwerk.engagement.repository.facts;

import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.event.InvitationsSent;
import de.netzwerk.engagement.event.MeetingCancelled;
import de.netzwerk.engagement.event.MinutesAcknowledged;
import de.netzwerk.engagement.event.MinutesPublished;
import de.netzwerk.engagement.event.RsvpReceived;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The facts of meeting-service's events: meetings, attendance, invitations, answers and minutes. The highest
 * attendance revision wins, the latest answer wins, the earliest invitation counts for the coordinators'
 * punctuality.
 */
final class MeetingFacts {

    private MeetingFacts() {
    }

    static void attendance(AttendanceRecorded e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        meeting(batch, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
        // The highest revision tells the status; the earliest one tells when the line was first entered.
        batch.sql().upsert(e.meetingId() + "/" + e.partnerId(), """
                insert into attendance (id, network_id, meeting_id, group_id, partner_id, meeting_starts_at, status,
                    revision, recorded_at)
                values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (network_id, meeting_id, partner_id) do update set
                    group_id = case when attendance.revision < excluded.revision then excluded.group_id
                        else attendance.group_id end,
                    meeting_starts_at = case when attendance.revision < excluded.revision
                        then excluded.meeting_starts_at else attendance.meeting_starts_at end,
                    status = case when attendance.revision < excluded.revision then excluded.status
                        else attendance.status end,
                    revision = greatest(attendance.revision, excluded.revision),
                    recorded_at = least(attendance.recorded_at, excluded.recorded_at)
                where attendance.revision < excluded.revision or attendance.recorded_at is null
                    or attendance.recorded_at > excluded.recorded_at""",
                network, e.meetingId(), e.groupId(), e.partnerId(), e.meetingStartsAt(), e.status().name(),
                e.revision(), e.recordedAt());
        batch.touch(network, e.partnerId());
    }

    static void invitations(InvitationsSent e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        meeting(batch, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
        batch.sql().add("""
                update meeting set invitations_sent_at = ?, invitation_days_ahead = ?, invitations_late = ?,
                    invitations_backfilled = ?
                where network_id = ? and meeting_id = ? and (invitations_sent_at is null or invitations_sent_at > ?)""",
                e.sentAt(), e.daysAhead(), e.late(), e.backfilled(), network, e.meetingId(), e.sentAt());
        // When the meeting's invitations were first entered here: the grace period of a meeting entered after
        // the fact, with its original dates, runs from then (its attendance may still be on its way).
        batch.sql().add("""
                update meeting set invitations_recorded_at = least(invitations_recorded_at, cast(? as timestamptz))
                where network_id = ? and meeting_id = ?""",
                e.recordedAt(), network, e.meetingId());
        for (InvitationsSent.Invitee invitee : e.invitees()) {
            batch.sql().upsert(invitee.partnerId() + "/" + e.meetingId(), """
                    insert into invitation (network_id, partner_id, meeting_id, group_id, meeting_starts_at, backfilled)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (network_id, partner_id, meeting_id) do update
                        set backfilled = invitation.backfilled and excluded.backfilled""",
                    network, invitee.partnerId(), e.meetingId(), e.groupId(), e.meetingStartsAt(), e.backfilled());
            batch.touch(network, invitee.partnerId());
        }
    }

    static void answer(RsvpReceived e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        meeting(batch, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
        batch.sql().upsert(e.partnerId() + "/" + e.meetingId(), """
                insert into rsvp (network_id, partner_id, meeting_id, group_id, meeting_starts_at, answer, responded_at, before_meeting)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (network_id, partner_id, meeting_id) do update set answer = excluded.answer,
                    responded_at = excluded.responded_at, before_meeting = excluded.before_meeting
                where rsvp.responded_at < excluded.responded_at""",
                network, e.partnerId(), e.meetingId(), e.groupId(), e.meetingStartsAt(), e.answer().name(),
                e.respondedAt(), e.beforeMeeting());
        batch.touch(network, e.partnerId());
    }

    static void cancellation(MeetingCancelled e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        meeting(batch, network, e.meetingId(), e.groupId(), e.startsAt());
        batch.sql().add("update meeting set cancelled_at = ? where network_id = ? and meeting_id = ? and cancelled_at is null",
                e.cancelledAt(), network, e.meetingId());
        // Everyone with a fact about this meeting is assessed again: it no longer counts.
        batch.touchEveryoneIn("""
                select network_id, partner_id from attendance where network_id = ? and meeting_id = ?
                union select network_id, partner_id from invitation where network_id = ? and meeting_id = ?""",
                network, e.meetingId(), network, e.meetingId());
    }

    static void minutes(MinutesPublished e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        meeting(batch, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
        batch.sql().add("""
                update meeting set minutes_published_at = ?, minutes_days_after = ?, minutes_late = ?
                where network_id = ? and meeting_id = ? and (minutes_published_at is null or minutes_published_at > ?)""",
                e.publishedAt(), e.daysAfter(), e.late(), network, e.meetingId(), e.publishedAt());
        for (UUID partner : e.askedToRead()) {
            batch.sql().upsert(partner + "/" + e.meetingId(), """
                    insert into minutes_reading (network_id, partner_id, meeting_id, group_id, meeting_starts_at, asked_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (network_id, partner_id, meeting_id) do update
                        set asked_at = least(coalesce(minutes_reading.asked_at, excluded.asked_at), excluded.asked_at)""",
                    network, partner, e.meetingId(), e.groupId(), e.meetingStartsAt(), e.publishedAt());
            batch.touch(network, partner);
        }
    }

    static void minutesRead(MinutesAcknowledged e, FactBatch batch) throws SQLException {
        batch.sql().upsert(e.partnerId() + "/" + e.meetingId(), """
                insert into minutes_reading (network_id, partner_id, meeting_id, group_id, meeting_starts_at, acknowledged_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (network_id, partner_id, meeting_id) do update set acknowledged_at =
                    least(coalesce(minutes_reading.acknowledged_at, excluded.acknowledged_at), excluded.acknowledged_at)""",
                e.networkId(), e.partnerId(), e.meetingId(), e.groupId(), e.meetingStartsAt(), e.acknowledgedAt());
        batch.touch(e.networkId(), e.partnerId());
    }

    private static void meeting(FactBatch batch, String network, UUID meeting, UUID group, OffsetDateTime startsAt)
            throws SQLException {
        if (!batch.firstMentionOfMeeting(network, meeting)) {
            return;
        }
        batch.sql().add("""
                insert into meeting (network_id, meeting_id, group_id, starts_at) values (?, ?, ?, ?)
                on conflict (network_id, meeting_id) do nothing""", network, meeting, group, startsAt);
    }
}
