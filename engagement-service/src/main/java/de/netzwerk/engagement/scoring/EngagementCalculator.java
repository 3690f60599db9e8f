package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.scoring.rules.PartnerRules;
import de.netzwerk.engagement.scoring.rules.RuleInput;
import de.netzwerk.engagement.scoring.Component.Kind;
import de.netzwerk.engagement.scoring.ScoredItems.Item;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private record Scored(Integer score, List<Component> components, List<LedgerEntry> ledger) {
    }

    private Scored score(PartnerHistory history, Policy policy, LocalDate asOf) {
        Map<Kind, List<Item>> items = new ScoredItems(zone).of(history, policy, asOf);

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
                double loss = componentShare * item.weight() / totalWeight * (1 - item.credit());
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
            ledger.add(new LedgerEntry(-points[i], -exactLosses.get(i), item.component(), item.date(), item.kind(),
                    item.referenceId(), item.groupId(), item.reason()));
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

    private static double decayedAverage(List<Item> items) {
        double weight = items.stream().mapToDouble(Item::weight).sum();
        return items.stream().mapToDouble(item -> item.weight() * item.credit()).sum() / weight;
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
