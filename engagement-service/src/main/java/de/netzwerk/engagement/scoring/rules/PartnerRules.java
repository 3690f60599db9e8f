package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertCondition;

import java.util.List;

/** Every rule about a partner, in the order their conditions are listed. */
public final class PartnerRules {

    public static final List<PartnerRule> ALL = List.of(new AbsenceStreakRule(), new TasksOverdueRule(),
            new SilenceRule(), new ScoreDropRule(), new KeyActorAtRiskRule());

    private PartnerRules() {
    }

    /** The conditions of every rule that holds. */
    public static List<AlertCondition> conditions(RuleInput input) {
        return ALL.stream().flatMap(rule -> rule.conditions(input).stream()).toList();
    }
}
