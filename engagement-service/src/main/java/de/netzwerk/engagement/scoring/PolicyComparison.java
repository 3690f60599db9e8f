package de.netzwerk.engagement.scoring;


import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a candidate policy would change for one partner on one day, next to the policy in force: both assessed by
 * {@link EngagementCalculator#assess} on the same history, so a preview cannot disagree with what adopting the
 * candidate would do (issue 13, item 7).
 */
public final class PolicyComparison {

    /** The policy fields each rule reads besides the score (the score itself follows every weight and limit). */
    private static final Map<AlertRule, List<String>> RULE_FIELDS = Map.of(
            AlertRule.ABSENCE_STREAK, List.of("absenceStreak"),
            AlertRule.TASKS_OVERDUE, List.of("overdueDays"),
            AlertRule.SILENCE, List.of("silenceDays"),
            AlertRule.SCORE_DROP, List.of("scoreDropLimit", "scoreDropWindowDays"),
            AlertRule.KEY_ACTOR_AT_RISK, List.of("watchFrom"));

    private final EngagementCalculator calculator;

    /** Compares policies for a network in this time zone. */
    public PolicyComparison(ZoneId zone) {
        this.calculator = new EngagementCalculator(zone);
    }

    /** One policy field whose value the candidate changes. */
    public record FieldChange(String field, int current, int candidate) {
    }

    /** A ledger entry whose points differ (null: no entry, the item costs nothing under that policy). */
    public record LedgerChange(Component.Kind component, LocalDate date, String kind, UUID referenceId, String reason,
            Integer pointsNow, Integer pointsCandidate) {
    }

    /** A rule that holds under one policy and not under the other, with what it rests on and the fields that moved it. */
    public record RuleChange(AlertCondition condition, boolean holdsWithCandidate, List<String> becauseOf) {
    }

    /** A partner for whom the candidate changes the score, the band or the rules that hold. */
    public record PartnerDifference(UUID partnerId, Assessment now, Assessment candidate, List<RuleChange> rules,
            List<LedgerChange> ledger) {

        public boolean bandChanges() {
            return now.band() != candidate.band();
        }

        /** How far the score moves; 0 if either has none. */
        public int scoreChange() {
            return now.score() == null || candidate.score() == null ? 0 : candidate.score() - now.score();
        }
    }

    /** The fields the candidate changes, in the policy's own order. */
    public static List<FieldChange> changedFields(Policy current, Policy candidate) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            int before = valueOf(component, current);
            int after = valueOf(component, candidate);
            if (before != after) {
                changes.add(new FieldChange(component.getName(), before, after));
            }
        }
        return changes;
    }

    /** Empty when the candidate changes nothing a coordinator would see for this partner. */
    public Optional<PartnerDifference> compare(PartnerHistory history, Policy current, Policy candidate, LocalDate day) {
        Assessment now = calculator.assess(history, current, day);
        Assessment then = calculator.assess(history, candidate, day);
        Set<String> changedFields = changedFields(current, candidate).stream().map(FieldChange::field)
                .collect(Collectors.toSet());
        List<RuleChange> rules = new ArrayList<>();
        ruleChanges(now.conditions(), then.conditions(), false, changedFields, rules);
        ruleChanges(then.conditions(), now.conditions(), true, changedFields, rules);
        if (Objects.equals(now.score(), then.score()) && now.band() == then.band() && rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PartnerDifference(history.partnerId(), now, then, rules, ledgerChanges(now, then)));
    }

    /** The conditions of {@code from} that {@code other} lacks, by rule and group. */
    private static void ruleChanges(List<AlertCondition> from, List<AlertCondition> other, boolean holdsWithCandidate,
            Set<String> changedFields, List<RuleChange> sink) {
        for (AlertCondition condition : from) {
            boolean inOther = other.stream().anyMatch(candidate -> candidate.rule() == condition.rule()
                    && Objects.equals(candidate.groupId(), condition.groupId()));
            if (!inOther) {
                List<String> because = RULE_FIELDS.getOrDefault(condition.rule(), List.of()).stream()
                        .filter(changedFields::contains).toList();
                sink.add(new RuleChange(condition, holdsWithCandidate, because));
            }
        }
    }

    private static List<LedgerChange> ledgerChanges(Assessment now, Assessment then) {
        Map<LedgerKey, LedgerEntry[]> paired = new LinkedHashMap<>();
        now.ledger().forEach(entry -> paired.computeIfAbsent(LedgerKey.of(entry), k -> new LedgerEntry[2])[0] = entry);
        then.ledger().forEach(entry -> paired.computeIfAbsent(LedgerKey.of(entry), k -> new LedgerEntry[2])[1] = entry);
        List<LedgerChange> changes = new ArrayList<>();
        paired.forEach((key, pair) -> {
            Integer before = pair[0] == null ? null : pair[0].points();
            Integer after = pair[1] == null ? null : pair[1].points();
            if (!Objects.equals(before, after)) {
                // The candidate's wording where it has the entry: reasons quote policy numbers such as the excused credit.
                String reason = (pair[1] != null ? pair[1] : pair[0]).reason();
                changes.add(new LedgerChange(key.component(), key.date(), key.kind(), key.referenceId(), reason, before, after));
            }
        });
        changes.sort(Comparator.comparing(LedgerChange::date).reversed()
                .thenComparing(change -> String.valueOf(change.referenceId())));
        return changes;
    }

    /** What an entry is about, whatever it costs: the same meeting or task on the same day in the same component. */
    private record LedgerKey(Component.Kind component, LocalDate date, String kind, UUID referenceId) {

        static LedgerKey of(LedgerEntry entry) {
            return new LedgerKey(entry.component(), entry.date(), entry.kind(), entry.referenceId());
        }
    }

    private static int valueOf(RecordComponent component, Policy policy) {
        try {
            return (int) component.getAccessor().invoke(policy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Policy field " + component.getName() + " cannot be read", e);
        }
    }
}
