package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.scoring.Component.Kind;
import de.netzwerk.engagement.scoring.PartnerHistory.Attendance;
import de.netzwerk.engagement.scoring.PartnerHistory.Task;
import de.netzwerk.engagement.scoring.rules.SilenceRule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What counts for each component on a day, read from a partner's history: every meeting attended or missed, every
 * task done (late or on time) or overdue, every invitation answered or not and every set of missed minutes read or
 * not — each an {@link Item} with its decayed weight, its credit and the reason a ledger line will give.
 * {@link EngagementCalculator} turns them into the score and its ledger.
 */
final class ScoredItems {

    /** One thing that counts for a component: its weight after decay, the credit it earns (0–1), and why. */
    record Item(Kind component, UUID groupId, double weight, double credit, LocalDate date, String kind,
            UUID referenceId, String reason) {
    }

    /** The network's time zone: a meeting's day is a day there. */
    private final ZoneId zone;

    ScoredItems(ZoneId zone) {
        this.zone = zone;
    }

    /** The items of every component as of the day, those of a component without data empty. */
    Map<Kind, List<Item>> of(PartnerHistory history, Policy policy, LocalDate asOf) {
        Map<Kind, List<Item>> items = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            items.put(kind, new ArrayList<>());
        }
        attendance(history, policy, asOf, items.get(Kind.ATTENDANCE));
        tasks(history, policy, asOf, items.get(Kind.TASK_RELIABILITY));
        responsiveness(history, policy, asOf, items.get(Kind.RESPONSIVENESS));
        return items;
    }

    private void attendance(PartnerHistory history, Policy policy, LocalDate asOf, List<Item> items) {
        for (Attendance attendance : history.attendances()) {
            if (attendance.cancelled() || attendance.date().isAfter(asOf) || history.pausedOn(attendance.date())) {
                continue;
            }
            double credit = switch (attendance.status()) {
                case PRESENT -> 1;
                case EXCUSED -> policy.excusedCredit() / 100.0;
                case ABSENT -> 0;
            };
            String reason = switch (attendance.status()) {
                case PRESENT -> "present";
                case EXCUSED -> "excused from group %s on %s (counts %d%% as commitment)"
                        .formatted(attendance.groupId(), attendance.date(), policy.excusedCredit());
                case ABSENT -> "absent without excuse from group %s on %s".formatted(attendance.groupId(), attendance.date());
            };
            items.add(new Item(Kind.ATTENDANCE, attendance.groupId(), decay(policy, attendance.date(), asOf), credit,
                    attendance.date(), "MEETING", attendance.meetingId(), reason));
        }
    }

    private void tasks(PartnerHistory history, Policy policy, LocalDate asOf, List<Item> items) {
        for (Task task : history.tasks()) {
            if (task.assignedOn().isAfter(asOf) || task.cancelledBy(asOf)) {
                continue;
            }
            if (task.completedBy(asOf)) {
                long daysLate = task.dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(task.dueDate(), task.closedOn()));
                String reason = daysLate == 0 ? "on time"
                        : "task due %s completed %d days late on %s".formatted(task.dueDate(), daysLate, task.closedOn());
                items.add(new Item(Kind.TASK_RELIABILITY, task.groupId(), decay(policy, task.closedOn(), asOf),
                        lateCredit(policy, daysLate), task.closedOn(), "TASK", task.taskId(), reason));
            } else if (task.overdueOn(asOf) && !history.pausedOn(asOf)) {
                // Overdue only once the deadline clock said so: a task entered as done is never overdue, even while
                // its completion is still on its way.
                long daysOverdue = ChronoUnit.DAYS.between(task.dueDate(), asOf);
                // An open task weighs as if it were due today: it keeps pulling down until it is done or handed on.
                items.add(new Item(Kind.TASK_RELIABILITY, task.groupId(), 1, lateCredit(policy, daysOverdue), asOf,
                        "TASK", task.taskId(), "task due %s overdue by %d days"
                        .formatted(task.dueDate(), daysOverdue)));
            }
        }
    }

    private void responsiveness(PartnerHistory history, Policy policy, LocalDate asOf, List<Item> items) {
        Set<UUID> answeredInTime = history.answers().stream()
                .filter(answer -> answer.beforeMeeting() && !answer.respondedOn().isAfter(asOf))
                .map(PartnerHistory.Answer::meetingId).collect(Collectors.toSet());
        for (PartnerHistory.Invitation invitation : history.invitations()) {
            if (invitation.backfilled() || invitation.cancelled() || !invitation.date().isBefore(asOf)
                    || history.pausedOn(invitation.date())) {
                continue;
            }
            boolean answered = answeredInTime.contains(invitation.meetingId());
            if (!answered && !settledFor(history, invitation, asOf)) {
                continue;
            }
            items.add(new Item(Kind.RESPONSIVENESS, invitation.groupId(), decay(policy, invitation.date(), asOf),
                    answered ? 1 : 0, invitation.date(), "MEETING", invitation.meetingId(),
                    answered ? "answered the invitation" : "did not answer the invitation to group %s's meeting on %s"
                            .formatted(invitation.groupId(), invitation.date())));
        }
        for (PartnerHistory.MinutesToRead minutes : history.minutes()) {
            if (minutes.askedOn() == null || minutes.askedOn().isAfter(asOf)) {
                continue;
            }
            LocalDate meetingDay = minutes.meetingStartsAt().atZoneSameInstant(zone).toLocalDate();
            boolean read = minutes.acknowledgedOn() != null && !minutes.acknowledgedOn().isAfter(asOf);
            boolean overdue = ChronoUnit.DAYS.between(minutes.askedOn(), asOf) > policy.minutesReadDays();
            if (!read && (!overdue || history.pausedOn(meetingDay))) {
                continue;
            }
            items.add(new Item(Kind.RESPONSIVENESS, minutes.groupId(), decay(policy, meetingDay, asOf), read ? 1 : 0,
                    meetingDay, "MEETING", minutes.meetingId(), read ? "read the minutes"
                    : "did not read the minutes of group %s's missed meeting on %s within %d days"
                            .formatted(minutes.groupId(), meetingDay, policy.minutesReadDays())));
        }
    }

    /**
     * Whether an invitation without an answer is settled as unanswered: the answer is the partner's own event, like
     * their attendance line and published before it, so it is settled once the partner's line of that meeting is
     * recorded or the meeting's grace period has passed ({@link PartnerHistory.GroupMeeting#settledOn}). A meeting
     * outside the partner's groups' recent meetings (a guest's, or an old one) is taken as settled.
     */
    private static boolean settledFor(PartnerHistory history, PartnerHistory.Invitation invitation, LocalDate asOf) {
        return history.groupMeetings().getOrDefault(invitation.groupId(), List.of()).stream()
                .filter(meeting -> meeting.meetingId().equals(invitation.meetingId()))
                .allMatch(meeting -> meeting.settledOn(asOf, SilenceRule.ATTENDANCE_GRACE_DAYS));
    }

    private static double decay(Policy policy, LocalDate date, LocalDate asOf) {
        long age = Math.max(0, ChronoUnit.DAYS.between(date, asOf));
        return Math.pow(0.5, (double) age / policy.halfLifeDays());
    }

    private static double lateCredit(Policy policy, long daysLate) {
        return Math.max(0, 1 - (double) daysLate / policy.lateToleranceDays());
    }
}
