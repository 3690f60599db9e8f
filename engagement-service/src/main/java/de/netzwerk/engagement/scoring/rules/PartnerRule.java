package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.scoring.AlertCondition;

import java.util.List;

/**
 * One alert rule about a partner: a pure function of what is known about them, the network's policy and the day
 * assessed (plain Java; no database, clock or wire format). Each rule reads only facts that are settled — that later
 * events cannot overturn in the normal course of entering history — and says which in its documentation, so the
 * order in which facts arrive cannot raise an alert the full history would not (README, "Settled facts").
 */
public interface PartnerRule {

    AlertRule rule();

    /** The conditions of this rule that hold on {@code input.asOf()}; none when it does not hold. */
    List<AlertCondition> conditions(RuleInput input);
}
