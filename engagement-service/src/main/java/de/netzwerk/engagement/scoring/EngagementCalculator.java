package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.scoring.rules.SilenceRule;

import de.netzwerk.engagement.scoring.rules.PartnerRules;
import de.netzwerk.engagement.scoring.rules.RuleInput;
import de.netzwerk.engagement.scoring.Component.Kind;
import de.netzwerk.engagement.scoring.PartnerHistory.Attendance;
import de.netzwerk.engagement.scoring.PartnerHistory.Task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner's score, its ledger and the alert conditions (each rule in {@code rules}), as a pure function of what is known about them, the
 * network's policy and the day assessed. Nothing here depends on when or in which order facts arrived, so
 * late history, corrections, a policy change and a replay all give the same result as punctual events.
 *
 * <p>The model (DESIGN.md): each component is a decayed average of items scored 0–1 (present 1, excused
 * {@code excusedCredit}, absent 0; a task on time 1, less for each day late; an invitation answered in time 1,
 * missed minutes read 1). The score starts at 100; every item that scored less than 1 takes away its share of
 * its component's weight. So every lost point has a cause, and the ledger sums to the score by construction.
 */
public final class EngagementCalculator {

    /** The network's time zone: meeting dates and deadlines are days there. */
    private final ZoneId zone;

    /** A calculator for a network in this zone (partner-service publishes each network's zone). */
    public EngagementCalculator(ZoneId zone) {
        this.zone = zone;
    }

    /** The day it is now in a network in this zone: what decay, streaks and overdue days count from. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * The partner's score, ledger and the conditions of every alert rule ({@link PartnerRules}) that hold. While the
     * partner is paused the conditions raise nothing; after they left the network the rules are not looked at.
     */
    public Assessment assess(PartnerHistory history, Policy policy, LocalDate asOf) {
        Scored now = score(history, policy, asOf);
        Scored baseline = score(history, policy, asOf.minusDays(policy.baselineDays()));
        boolean paused = history.pausedOn(asOf);
        boolean rulesApplied = !history.leftNetwork();
        List<AlertCondition> holding = rulesApplied ? PartnerRules.conditions(new RuleInput(history, policy, asOf,
                zone, now.score, now.ledger, day -> score(history, policy, day).score)) : List.of();
        // A pause raises nothing, but it is looked through: an alert raised before the pause was known, on facts the
        // pause covers, ends like any other (a pause entered late must not leave an alert the history would not).
        List<AlertCondition> conditions = paused ? List.of() : holding;
        return new Assessment(asOf, now.score, now.score == null ? null : policy.bandOf(now.score), baseline.score,
                now.components, now.ledger, conditions, paused, rulesApplied,
                holding.stream().map(AlertCondition::rule).collect(Collectors.toUnmodifiableSet()));
    }

    /** The score alone, as it was on an earlier day: only what had happened by then counts. */
    public Integer scoreOn(PartnerHistory history, Policy policy, LocalDate day) {
        return score(history, policy, day).score;
    }

    private record Item(Kind component, UUID groupId, double weight, double credit, LocalDate date, String kind,
            UUID referenceId, String reason) {
    }

    private record Scored(Integer score, List<Component> components, List<LedgerEntry> ledger) {
    }

    private Scored score(PartnerHistory history, Policy policy, LocalDate asOf) {
        Map<Kind, List<Item>> items = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            items.put(kind, new ArrayList<>());
        }
        attendanceItems(history, policy, asOf, items.get(Kind.ATTENDANCE));
        taskItems(history, policy, asOf, items.get(Kind.TASK_RELIABILITY));
        responsivenessItems(history, policy, asOf, items.get(Kind.RESPONSIVENESS));

        Map<Kind, Integer> weights = Map.of(Kind.ATTENDANCE, policy.attendanceWeight(),
                Kind.TASK_RELIABILITY, policy.taskWeight(), Kind.RESPONSIVENESS, policy.responsivenessWeight());
        double weightWithData = items.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .mapToDouble(entry -> weights.get(entry.getKey())).sum();
        if (weightWithData == 0) {
            return new Scored(null, List.of(), List.of());
        }

        List<Item> losses = new ArrayList<>();
        List<Double> exactLosses = new ArrayList<>();
        Map<Kind, Double> share = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Item> componentItems = items.get(kind);
            if (componentItems.isEmpty()) {
                continue;
            }
            double componentShare = 100.0 * weights.get(kind) / weightWithData;
            share.put(kind, componentShare);
            double totalWeight = componentItems.stream().mapToDouble(Item::weight).sum();
            for (Item item : componentItems) {
                double loss = componentShare * item.weight / totalWeight * (1 - item.credit);
                if (loss > 0) {
                    losses.add(item);
                    exactLosses.add(loss);
                }
            }
        }
        double exactScore = 100 - exactLosses.stream().mapToDouble(Double::doubleValue).sum();
        int score = (int) Math.max(0, Math.min(100, Math.round(exactScore)));
        int[] points = apportion(exactLosses, 100 - score);

        List<LedgerEntry> ledger = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            Item item = losses.get(i);
            ledger.add(new LedgerEntry(-points[i], -exactLosses.get(i), item.component, item.date, item.kind,
                    item.referenceId, item.groupId, item.reason));
        }
        ledger.sort(Comparator.comparing(LedgerEntry::date).reversed().thenComparing(LedgerEntry::points));
        List<Component> components = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Item> componentItems = items.get(kind);
            if (componentItems.isEmpty()) {
                continue;
            }
            int lost = ledger.stream().filter(entry -> entry.component() == kind).mapToInt(LedgerEntry::points).sum();
            components.add(new Component(kind, round1(share.get(kind)), round1(100 * decayedAverage(componentItems)),
                    -lost, componentItems.size(), kind == Kind.ATTENDANCE ? perGroup(componentItems) : List.of()));
        }
        return new Scored(score, components, ledger);
    }

    private void attendanceItems(PartnerHistory history, Policy policy, LocalDate asOf, List<Item> items) {
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

    private void taskItems(PartnerHistory history, Policy policy, LocalDate asOf, List<Item> items) {
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

    private void responsivenessItems(PartnerHistory history, Policy policy, LocalDate asOf, List<Item> items) {
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

    private static double decayedAverage(List<Item> items) {
        double weight = items.stream().mapToDouble(Item::weight).sum();
        return items.stream().mapToDouble(item -> item.weight * item.credit).sum() / weight;
    }

    private static List<Component.GroupValue> perGroup(List<Item> items) {
        Map<UUID, List<Item>> byGroup = items.stream()
                .collect(Collectors.groupingBy(Item::groupId, LinkedHashMap::new, Collectors.toList()));
        return byGroup.entrySet().stream()
                .map(entry -> new Component.GroupValue(entry.getKey(), round1(100 * decayedAverage(entry.getValue())),
                        entry.getValue().size()))
                .sorted(Comparator.comparing(group -> group.groupId().toString()))
                .toList();
    }

    /** Whole points for each loss that add up to {@code total} exactly (largest remainders get the rest). */
    static int[] apportion(List<Double> losses, int total) {
        int[] points = new int[losses.size()];
        int assigned = 0;
        for (int i = 0; i < points.length; i++) {
            points[i] = (int) Math.floor(losses.get(i));
            assigned += points[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer i) -> losses.get(i) - Math.floor(losses.get(i))).reversed()
                .thenComparing(i -> i));
        for (int k = 0; assigned < total && !byRemainder.isEmpty(); k = (k + 1) % byRemainder.size()) {
            points[byRemainder.get(k)]++;
            assigned++;
        }
        return points;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

}
