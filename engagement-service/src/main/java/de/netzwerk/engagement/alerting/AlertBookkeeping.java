package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one decision of what the conditions holding now do to the stored alerts of one partner (or of one group):
 * <ul>
 * <li>one open alert per rule: a condition of a rule with an open alert adds its new evidence to it (or, for a rule
 * whose evidence is a state, puts it in place of the old), and clears a mark that its condition had ended;</li>
 * <li>a condition whose every piece of evidence was in an alert a coordinator closed raises nothing — they have dealt
 * with it; a withdrawn alert was dealt with by nobody and holds nothing back;</li>
 * <li>otherwise the condition raises an alert; a second condition of the same rule (another group) joins it;</li>
 * <li>an alert raised joins the case open for the partner (or group) — the one follow-up of every reason that holds
 * for them at the same time — or opens a new one;</li>
 * <li>an open alert whose rule no longer holds is withdrawn if nobody acted on it, else marked as ended.</li>
 * </ul>
 * Plain data in, decisions out: {@code AlertService} carries them out, the policy preview reports them. Called only
 * when the rules were looked at: leaving the network suspends the rules, it does not end conditions; a pause raises
 * nothing but ends only the alerts whose rule no longer holds once its days are left out.
 */
public final class AlertBookkeeping {

    private final Supplier<UUID> newIds;

    /** @param newIds the ids given to alerts and cases opened */
    public AlertBookkeeping(Supplier<UUID> newIds) {
        this.newIds = newIds;
    }

    public AlertBookkeeping() {
        this(UUID::randomUUID);
    }

    /** The same, when every rule that holds raises (no pause): {@code holding} is the conditions' rules. */
    public List<AlertDecision> decide(List<KnownAlert> known, List<AlertCondition> conditions) {
        return decide(known, conditions, conditions.stream().map(AlertCondition::rule).collect(Collectors.toSet()));
    }

    /**
     * @param known      every stored alert (any state) of the partner, or of the group and its rule
     * @param conditions the conditions that raise now, in the order the calculator found them
     * @param holding    the rules that hold now, raising or not (a pause raises nothing, but an alert whose rule
     *                   still holds through it has not ended)
     */
    public List<AlertDecision> decide(List<KnownAlert> known, List<AlertCondition> conditions, Set<AlertRule> holding) {
        Map<AlertRule, Open> open = new LinkedHashMap<>();
        known.stream().filter(alert -> alert.state().open())
                .forEach(alert -> open.putIfAbsent(alert.rule(), new Open(alert)));
        UUID openCase = known.stream().filter(alert -> alert.state().open()).map(KnownAlert::caseId).findFirst()
                .orElse(null);
        List<AlertDecision> decisions = new ArrayList<>();
        for (AlertCondition condition : conditions) {
            Set<KnownAlert.Proof> evidence = proofs(condition);
            Open alert = open.get(condition.rule());
            if (alert != null) {
                decisions.addAll(alert.holds(condition, evidence));
            } else if (!evidence.isEmpty() && dealtWith(known, condition.rule()).containsAll(evidence)) {
                decisions.add(new AlertDecision.Nothing(null, condition, AlertDecision.Nothing.Why.ALREADY_FOLLOWED_UP));
            } else {
                UUID id = newIds.get();
                boolean opensCase = openCase == null;
                if (opensCase) {
                    openCase = newIds.get();
                }
                decisions.add(new AlertDecision.Raise(id, condition, openCase, opensCase));
                open.put(condition.rule(), new Open(id, evidence, condition.summary()));
            }
        }
        known.stream().filter(alert -> alert.state().open() && !holding.contains(alert.rule())).forEach(alert -> {
            if (alert.state() == KnownAlert.State.OPEN) {
                decisions.add(new AlertDecision.Withdraw(alert.id()));
            } else if (!alert.conditionEnded()) {
                decisions.add(new AlertDecision.MarkConditionEnded(alert.id()));
            }
        });
        return decisions;
    }

    /** The evidence of the rule's alerts a coordinator saw; a withdrawn alert's evidence nobody saw. */
    private static Set<KnownAlert.Proof> dealtWith(List<KnownAlert> known, AlertRule rule) {
        return known.stream().filter(alert -> alert.rule() == rule && alert.state() != KnownAlert.State.WITHDRAWN)
                .flatMap(alert -> alert.evidence().stream()).collect(Collectors.toSet());
    }

    public static Set<KnownAlert.Proof> proofs(AlertCondition condition) {
        return condition.evidence().stream().map(proof -> new KnownAlert.Proof(proof.kind(), proof.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** An open alert as it stands after the decisions taken so far in this pass. */
    private static final class Open {
        private final UUID id;
        private final Set<KnownAlert.Proof> evidence;
        private Text summary;
        private boolean conditionEnded;

        Open(KnownAlert alert) {
            this(alert.id(), alert.evidence(), alert.summary());
            this.conditionEnded = alert.conditionEnded();
        }

        Open(UUID id, Set<KnownAlert.Proof> evidence, Text summary) {
            this.id = id;
            this.evidence = new HashSet<>(evidence);
            this.summary = summary;
        }

        /** Only real news touches the alert: a re-assessment that finds nothing new must not change it. */
        List<AlertDecision> holds(AlertCondition condition, Set<KnownAlert.Proof> shown) {
            List<AlertDecision> decisions = new ArrayList<>();
            if (condition.rule().evidenceAccumulates() && !evidence.containsAll(shown)) {
                evidence.addAll(shown);
                decisions.add(new AlertDecision.ExtendEvidence(id, condition));
            } else if (!condition.rule().evidenceAccumulates() && !evidence.equals(shown)) {
                evidence.clear();
                evidence.addAll(shown);
                decisions.add(new AlertDecision.ReplaceEvidence(id, condition));
            } else if (!condition.summary().equals(summary)) {
                decisions.add(new AlertDecision.Restate(id, condition));
            }
            summary = condition.summary();
            if (conditionEnded) {
                conditionEnded = false;
                decisions.add(new AlertDecision.ClearConditionEnded(id));
            }
            if (decisions.isEmpty()) {
                decisions.add(new AlertDecision.Nothing(id, condition, AlertDecision.Nothing.Why.ALREADY_IN_OPEN_ALERT));
            }
            return decisions;
        }
    }
}
