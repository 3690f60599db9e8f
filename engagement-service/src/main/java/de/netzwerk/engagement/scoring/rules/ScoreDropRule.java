package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.LedgerEntry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The score fell by more than {@code scoreDropLimit} points within {@code scoreDropWindowDays}; the evidence is what
 * cost points in that window.
 *
 * <p>Settled facts: the score counts only recorded attendance, answers and tasks, each by its own date, and the
 * score at the window's start only what had happened by then — so it is the same whenever the facts arrived.
 */
public final class ScoreDropRule implements PartnerRule {

    @Override
    public AlertRule rule() {
        return AlertRule.SCORE_DROP;
    }

    @Override
    public List<AlertCondition> conditions(RuleInput input) {
        LocalDate windowStart = input.asOf().minusDays(input.policy().scoreDropWindowDays());
        Integer before = input.scoreOn().apply(windowStart);
        if (before == null || input.score() == null || before - input.score() <= input.policy().scoreDropLimit()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<AlertCondition.Proof> causes = input.ledger().stream()
                .filter(entry -> entry.date().isAfter(windowStart) && entry.referenceId() != null)
                .sorted(Comparator.comparing(LedgerEntry::date))
                .map(entry -> new AlertCondition.Proof(entry.kind(), entry.referenceId(), entry.groupId(),
                        input.startOf(entry.date())))
                .filter(proof -> seen.add(proof.kind() + proof.id()))
                .toList();
        return List.of(new AlertCondition(AlertRule.SCORE_DROP, null, causes,
                Text.of("summary.score-drop", before, input.score(), input.policy().scoreDropWindowDays())));
    }
}
