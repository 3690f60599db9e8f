package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.Band;

import java.util.List;

/**
 * A key actor of a strategic goal is in the band "at risk"; the goals are the evidence.
 *
 * <p>Settled facts: the score (see {@link ScoreDropRule}) and the goals' current actor needs.
 */
public final class KeyActorAtRiskRule implements PartnerRule {

    @Override
    public AlertRule rule() {
        return AlertRule.KEY_ACTOR_AT_RISK;
    }

    @Override
    public List<AlertCondition> conditions(RuleInput input) {
        Integer score = input.score();
        if (score == null || input.policy().bandOf(score) != Band.AT_RISK || input.history().keyActorOfGoals().isEmpty()) {
            return List.of();
        }
        List<AlertCondition.Proof> goals = input.history().keyActorOfGoals().stream()
                .map(goal -> new AlertCondition.Proof("GOAL", goal, null, input.startOf(input.asOf()))).toList();
        return List.of(new AlertCondition(AlertRule.KEY_ACTOR_AT_RISK, null, goals,
                Text.of("summary.key-actor-at-risk", goals.size(), score)));
    }
}
