package de.netzwerk.engagement.scoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything known about one partner that their engagement depends on, with the dates of meetings and
 * deadlines themselves: the order in which the facts arrived plays no part.
 *
 * @param groupMeetings the meetings (not cancelled) of each of the partner's groups, on or before today: a group
 *                      without settled meetings for a long time is not "active"
 * @param exchanges     their part in the resource exchange: signs of life, never points
 */
public record PartnerHistory(String networkId, UUID partnerId, boolean leftNetwork, List<Membership> memberships,
        List<Attendance> attendances, List<Invitation> invitations, List<Answer> answers,
        List<MinutesToRead> minutes, List<Task> tasks, List<Pause> pauses, List<UUID> keyActorOfGoals,
        Map<UUID, List<GroupMeeting>> groupMeetings, List<Exchange> exchanges) {

    /** A history without any part in the resource exchange. */
    public PartnerHistory(String networkId, UUID partnerId, boolean leftNetwork, List<Membership> memberships,
            List<Attendance> attendances, List<Invitation> invitations, List<Answer> answers,
            List<MinutesToRead> minutes, List<Task> tasks, List<Pause> pauses, List<UUID> keyActorOfGoals,
            Map<UUID, List<GroupMeeting>> groupMeetings) {
        this(networkId, partnerId, leftNetwork, memberships, attendances, invitations, answers, minutes, tasks, pauses,
                keyActorOfGoals, groupMeetings, List.of());
    }

    public record Membership(UUID groupId, LocalDate joinedOn, LocalDate leftOn) {

        public boolean activeOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isBefore(joinedOn) || leftOn.isAfter(day));
        }
    }

    /** What the latest revision of the attendance list says of the partner (the rules' own word, not the wire's). */
    public enum AttendanceStatus {
        PRESENT,
        EXCUSED,
        ABSENT
    }

    /**
     * A meeting of one of the partner's groups, as the partner assessed sees it.
     *
     * @param invitationsKnownOn         the later of when its invitations were sent and when they were entered;
     *                                   null when no invitations are known
     * @param attendanceFirstRecordedOn  when the first line of its attendance list was entered (for anyone); null
     *                                   when none is known
     * @param ownAttendanceRecorded      whether the partner's own attendance at it is recorded
     */
    public record GroupMeeting(UUID meetingId, LocalDate date, LocalDate invitationsKnownOn,
            LocalDate attendanceFirstRecordedOn, boolean ownAttendanceRecorded) {

        /**
         * A meeting is settled for the partner once their own attendance at it is recorded, or once
         * {@code graceDays} have passed since it took place, since its invitations were sent and since the first
         * line of its attendance was entered. Each partner's line is its own event on its own partition: another
         * member's line does not settle whether this partner was there, and a meeting entered after the fact with
         * its original dates gets the grace period from the day its list began to arrive. A meeting known only from an
         * answer (neither invitations nor a line of its list applied yet) is not settled.
         */
        public boolean settledOn(LocalDate day, int graceDays) {
            if (invitationsKnownOn == null && attendanceFirstRecordedOn == null) {
                // Known only from an answer: nothing says it was held, nor when it was entered.
                return false;
            }
            LocalDate known = date;
            for (LocalDate later : new LocalDate[] { invitationsKnownOn, attendanceFirstRecordedOn }) {
                if (later != null && later.isAfter(known)) {
                    known = later;
                }
            }
            return ownAttendanceRecorded || !known.plusDays(graceDays).isAfter(day);
        }
    }

    /** The latest revision of the partner's attendance at a meeting. */
    public record Attendance(UUID meetingId, UUID groupId, OffsetDateTime startsAt, LocalDate date,
            AttendanceStatus status, boolean cancelled) {
    }

    /** An invitation; backfilled ones (recorded after the meeting) could not be answered in time. */
    public record Invitation(UUID meetingId, UUID groupId, OffsetDateTime startsAt, LocalDate date, boolean backfilled,
            boolean cancelled) {
    }

    /** The latest answer to an invitation. */
    public record Answer(UUID meetingId, LocalDate respondedOn, boolean beforeMeeting) {
    }

    /** Minutes the partner was asked to read after missing the meeting, and when they did. */
    public record MinutesToRead(UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt, LocalDate askedOn,
            LocalDate acknowledgedOn) {
    }

    public enum TaskStatus {
        OPEN,
        COMPLETED,
        CANCELLED
    }

    /**
     * A task as it now stands, with the days it was assigned and closed.
     *
     * @param overdueNoticedOn when task-service's deadline clock said the task is overdue by its current due date;
     *                         null until it has. The clock owns the deadline: it never says so of a task entered as
     *                         done, whose completion may still be on its way when its assignment has arrived.
     */
    public record Task(UUID taskId, UUID groupId, LocalDate dueDate, TaskStatus status,
            LocalDate assignedOn, LocalDate closedOn, LocalDate overdueNoticedOn) {

        /**
         * Open by {@code day} and past its due date, as the deadline clock has confirmed. The notice settles that the
         * task is overdue at all; how long it has been follows from the due date, so the score of an earlier day
         * counts it from its due date as well.
         */
        public boolean overdueOn(LocalDate day) {
            return overdueNoticedOn != null && dueDate != null && dueDate.isBefore(day) && !completedBy(day)
                    && !cancelledBy(day);
        }

        public boolean completedBy(LocalDate day) {
            return status == TaskStatus.COMPLETED && closedOn != null && !closedOn.isAfter(day);
        }

        public boolean cancelledBy(LocalDate day) {
            return status == TaskStatus.CANCELLED && closedOn != null && !closedOn.isAfter(day);
        }
    }

    /** What a partner did in the resource exchange (the rules' own word, not the wire's). */
    public enum ExchangeActivity {
        OFFER_POSTED,
        NEED_POSTED,
        AGREED,
        COMPLETED
    }

    /**
     * The partner posted an offer or a need, or took part in an exchange agreed or completed, at {@code occurredAt}.
     *
     * @param referenceId the offer, the need or the match
     */
    public record Exchange(ExchangeActivity activity, UUID referenceId, OffsetDateTime occurredAt) {
    }

    /** A time in which nothing counts against the partner and no alert is raised (parental leave, illness, …). */
    public record Pause(LocalDate startsOn, LocalDate until, String reason) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(until);
        }
    }

    public boolean pausedOn(LocalDate day) {
        return pauses.stream().anyMatch(pause -> pause.covers(day));
    }
}
