package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.LedgerEntry;
import de.netzwerk.engagement.scoring.PartnerHistory;
import de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus;
import de.netzwerk.engagement.scoring.Policy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A partner's history written as a coordinator would tell it, in days before {@link #TODAY}. */
final class HistoryBuilder {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final UUID partner = UUID.randomUUID();
    private final List<PartnerHistory.Membership> memberships = new ArrayList<>();
    private final List<PartnerHistory.Attendance> attendances = new ArrayList<>();
    private final List<PartnerHistory.Answer> answers = new ArrayList<>();
    private final List<PartnerHistory.Task> tasks = new ArrayList<>();
    private final List<PartnerHistory.Pause> pauses = new ArrayList<>();
    private final List<UUID> keyActorOf = new ArrayList<>();
    private final Map<UUID, List<PartnerHistory.GroupMeeting>> groupMeetings = new HashMap<>();
    private final List<PartnerHistory.Exchange> exchanges = new ArrayList<>();

    static HistoryBuilder aPartner() {
        return new HistoryBuilder();
    }

    static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    static OffsetDateTime meetingStart(int daysAgo) {
        return daysAgo(daysAgo).atTime(LocalTime.of(18, 0)).atZone(ZONE).toOffsetDateTime();
    }

    HistoryBuilder memberOf(UUID group, int sinceDaysAgo) {
        memberships.add(new PartnerHistory.Membership(group, daysAgo(sinceDaysAgo), null));
        return this;
    }

    UUID attended(UUID group, int daysAgo, AttendanceStatus status) {
        UUID meeting = UUID.randomUUID();
        attendances.add(new PartnerHistory.Attendance(meeting, group, meetingStart(daysAgo), daysAgo(daysAgo), status,
                false));
        return meeting;
    }

    HistoryBuilder answered(UUID meeting, int daysAgo) {
        answers.add(new PartnerHistory.Answer(meeting, daysAgo(daysAgo), true));
        return this;
    }

    /** The partner's part in the resource exchange (an offer or need posted, a match), at noon of the day. */
    UUID tookPartInExchange(PartnerHistory.ExchangeActivity activity, int daysAgo) {
        UUID reference = UUID.randomUUID();
        exchanges.add(new PartnerHistory.Exchange(activity, reference,
                daysAgo(daysAgo).atTime(LocalTime.NOON).atZone(ZONE).toOffsetDateTime()));
        return reference;
    }

    /** An open task the deadline clock has said is overdue (the day after its due date). */
    UUID taskOverdue(int dueDaysAgo, int assignedDaysAgo) {
        UUID task = UUID.randomUUID();
        tasks.add(new PartnerHistory.Task(task, null, daysAgo(dueDaysAgo), PartnerHistory.TaskStatus.OPEN,
                daysAgo(assignedDaysAgo), null, daysAgo(dueDaysAgo - 1)));
        return task;
    }

    /** An open task past its due date of which the deadline clock has said nothing (yet). */
    UUID taskPastDueWithoutNotice(int dueDaysAgo, int assignedDaysAgo) {
        UUID task = UUID.randomUUID();
        tasks.add(new PartnerHistory.Task(task, null, daysAgo(dueDaysAgo), PartnerHistory.TaskStatus.OPEN,
                daysAgo(assignedDaysAgo), null, null));
        return task;
    }

    UUID taskCompleted(int dueDaysAgo, int assignedDaysAgo, int completedDaysAgo) {
        UUID task = UUID.randomUUID();
        tasks.add(new PartnerHistory.Task(task, null, daysAgo(dueDaysAgo), PartnerHistory.TaskStatus.COMPLETED,
                daysAgo(assignedDaysAgo), daysAgo(completedDaysAgo), null));
        return task;
    }

    HistoryBuilder pausedFrom(int daysAgo, int untilDaysAhead) {
        pauses.add(new PartnerHistory.Pause(daysAgo(daysAgo), TODAY.plusDays(untilDaysAhead), "ILLNESS"));
        return this;
    }

    HistoryBuilder keyActorOf(UUID goal) {
        keyActorOf.add(goal);
        return this;
    }

    /**
     * A meeting of the group without any attendance recorded yet; invitations sent {@code invitedDaysAgo} (null:
     * none known).
     */
    HistoryBuilder groupMet(UUID group, int daysAgo, Integer invitedDaysAgo) {
        return groupMeeting(group, UUID.randomUUID(), daysAgo, invitedDaysAgo, null, false);
    }

    /** A meeting of the group whose attendance list began to be entered {@code firstLineDaysAgo}, without this partner's line. */
    HistoryBuilder groupMetWithOthersRecorded(UUID group, int daysAgo, Integer invitedDaysAgo, int firstLineDaysAgo) {
        return groupMeeting(group, UUID.randomUUID(), daysAgo, invitedDaysAgo, firstLineDaysAgo, false);
    }

    /** A meeting of the group whose list, this partner's line with {@code status} among it, was entered that day. */
    HistoryBuilder groupMetWithOwnLine(UUID group, int daysAgo, Integer invitedDaysAgo, AttendanceStatus status) {
        UUID meeting = UUID.randomUUID();
        attendances.add(new PartnerHistory.Attendance(meeting, group, meetingStart(daysAgo), daysAgo(daysAgo), status,
                false));
        return groupMeeting(group, meeting, daysAgo, invitedDaysAgo, daysAgo, true);
    }

    private HistoryBuilder groupMeeting(UUID group, UUID meeting, int daysAgo, Integer invitedDaysAgo,
            Integer firstLineDaysAgo, boolean ownLine) {
        groupMeetings.computeIfAbsent(group, key -> new ArrayList<>()).add(new PartnerHistory.GroupMeeting(meeting,
                daysAgo(daysAgo), invitedDaysAgo == null ? null : daysAgo(invitedDaysAgo),
                firstLineDaysAgo == null ? null : daysAgo(firstLineDaysAgo), ownLine));
        return this;
    }

    PartnerHistory build() {
        return new PartnerHistory("n", partner, false, memberships, attendances, List.of(), answers, List.of(), tasks,
                pauses, keyActorOf, groupMeetings, exchanges);
    }

    /** What a rule is given about this history today, with the score and its history given by the test. */
    RuleInput today(Policy policy, Integer score, Function<LocalDate, Integer> scoreOn, List<LedgerEntry> ledger) {
        return new RuleInput(build(), policy, TODAY, ZONE, score, ledger, scoreOn);
    }

    RuleInput today(Policy policy) {
        return today(policy, null, day -> null, List.of());
    }
}
