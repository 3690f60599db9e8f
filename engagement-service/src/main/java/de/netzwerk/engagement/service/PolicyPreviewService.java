package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.alerting.AlertBookkeeping;
import de.netzwerk.engagement.alerting.AlertDecision;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.ScoringObjectionRepository;
import de.netzwerk.engagement.repository.HistoryRepository;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.PartnerHistory;
import de.netzwerk.engagement.scoring.Policy;
import de.netzwerk.engagement.scoring.PolicyComparison;
import de.netzwerk.engagement.scoring.PolicyComparison.PartnerDifference;
import de.netzwerk.engagement.scoring.PolicyComparison.RuleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a candidate policy would change over the network's real history today, without changing anything: every
 * assessed partner is assessed under both policies by the same pure code, in one pass, chunk by chunk.
 */
@ApplicationScoped
@Transactional
public class PolicyPreviewService {

    /** Partners whose facts are loaded at once: bounds memory for networks of thousands. */
    private static final int CHUNK = 500;

    private final PolicyService policyService;
    private final EngagementStore engagement;
    private final ScoringObjectionRepository objections;
    private final HistoryRepository histories;
    private final AlertService alerts;
    private final NetworkSettings networks;
    private final Clock clock;
    private final AlertBookkeeping bookkeeping = new AlertBookkeeping();

    PolicyPreviewService(PolicyService policyService, EngagementStore engagement, HistoryRepository histories,
            AlertService alerts, NetworkSettings networks, Clock clock, ScoringObjectionRepository objections) {
        this.policyService = policyService;
        this.engagement = engagement;
        this.objections = objections;
        this.histories = histories;
        this.alerts = alerts;
        this.networks = networks;
        this.clock = clock;
    }

    /** What adopting the candidate would do to an alert. */
    public enum AlertEffect {
        /**
         * The rule newly holds and no alert of it is open: a new alert would be raised, joining the partner's open
         * case (named in the effect) or opening a new one.
         */
        RAISED,
        /** The rule newly holds and an alert of it is open: its evidence would be added to that alert. */
        ADDED_TO_OPEN_ALERT,
        /** The rule newly holds, but a coordinator already closed an alert about all of its evidence: nothing raised. */
        ALREADY_FOLLOWED_UP,
        /** The rule no longer holds and an alert of it is open: that alert's condition would end. */
        OPEN_ALERT_CONDITION_ENDS,
        /** No alert is concerned (the rule no longer holds and none was open, or it still holds in another group). */
        NONE
    }

    /**
     * @param caseId the open case concerned: the one a raised alert would join as a further reason (null: it would
     *               open a new case, together with any other alert raised for the partner), or the case of the open
     *               alert concerned
     */
    public record RuleEffect(RuleChange change, AlertEffect effect, UUID alertId, UUID caseId) {
    }

    public record PartnerPreview(PartnerDifference difference, List<RuleEffect> rules) {
    }

    public record Preview(LocalDate asOf, int comparedWithVersion, List<PolicyComparison.FieldChange> changedFields,
            int partnersCompared, int bandChanges, int alertsRaised, int casesOpened, int alertsEnded,
            List<PartnerPreview> partners) {
    }

    /**
     * The partners the candidate would change, band changes first, then the largest score changes, compared with
     * the policy in force (its version is the preview's ETag: sent as If-Match, the change adopts the candidate only
     * if the policy previewed against is still in force). A candidate that is invalid (400) is refused as a change
     * would be.
     */
    public Preview preview(String network, Policy candidate) {
        PolicyService.validate(candidate);
        PolicyStore.Versioned current = policyService.current(network);
        ZoneId zone = networks.zoneOf(network);
        LocalDate today = EngagementCalculator.today(clock, zone);
        PolicyComparison comparison = new PolicyComparison(zone);
        // Partners who objected to scoring are not scored under any policy, not even in a preview.
        List<PartnerKey> partners = new ArrayList<>(engagement.partnersOf(network));
        partners.removeAll(objections.objectedAmong(partners));
        List<PartnerPreview> differing = new ArrayList<>();
        for (int from = 0; from < partners.size(); from += CHUNK) {
            List<PartnerKey> chunk = partners.subList(from, Math.min(partners.size(), from + CHUNK));
            Map<PartnerKey, PartnerHistory> loaded = histories.load(chunk, today, zone);
            Map<PartnerKey, List<Alert>> alertsOf = alerts.ofPartners(chunk);
            for (PartnerKey partner : chunk) {
                comparison.compare(loaded.get(partner), current.policy(), candidate, today)
                        .map(difference -> new PartnerPreview(difference,
                                effects(difference, alertsOf.getOrDefault(partner, List.of()))))
                        .ifPresent(differing::add);
            }
        }
        differing.sort(Comparator.comparing((PartnerPreview preview) -> !preview.difference().bandChanges())
                .thenComparing(preview -> -Math.abs(preview.difference().scoreChange()))
                .thenComparing(preview -> preview.difference().partnerId().toString()));
        return new Preview(today, current.version(), PolicyComparison.changedFields(current.policy(), candidate),
                partners.size(), (int) differing.stream().filter(preview -> preview.difference().bandChanges()).count(),
                count(differing, AlertEffect.RAISED), casesOpened(differing),
                count(differing, AlertEffect.OPEN_ALERT_CONDITION_ENDS), differing);
    }

    /**
     * What {@link AlertBookkeeping} would decide on the partner's stored alerts if the candidate's conditions held
     * today, reported per rule that changes.
     */
    private List<RuleEffect> effects(PartnerDifference difference, List<Alert> existing) {
        List<AlertDecision> decisions = bookkeeping.decide(existing.stream().map(AlertService::known).toList(),
                difference.candidate().conditions(), difference.candidate().holding());
        Set<UUID> raised = decisions.stream().filter(AlertDecision.Raise.class::isInstance).map(AlertDecision::alertId)
                .collect(Collectors.toSet());
        Map<UUID, AlertRule> ruleOf = existing.stream().collect(Collectors.toMap(alert -> alert.id, alert -> alert.rule));
        Map<UUID, UUID> caseOf = existing.stream().collect(Collectors.toMap(alert -> alert.id, alert -> alert.caseId));
        List<RuleEffect> effects = new ArrayList<>();
        for (RuleChange change : difference.rules()) {
            if (change.holdsWithCandidate()) {
                AlertDecision decision = decisions.stream()
                        .filter(candidate -> change.condition().equals(conditionOf(candidate))).findFirst().orElseThrow();
                effects.add(switch (decision) {
                    // Only a stored case is named: one the preview's own first raise would open is not.
                    case AlertDecision.Raise raise -> new RuleEffect(change, AlertEffect.RAISED, null,
                            caseOf.containsValue(raise.caseId()) ? raise.caseId() : null);
                    case AlertDecision.Nothing nothing when nothing.why() == AlertDecision.Nothing.Why.ALREADY_FOLLOWED_UP ->
                            new RuleEffect(change, AlertEffect.ALREADY_FOLLOWED_UP, null, null);
                    // Joining an alert raised in the same pass (the rule holds in a second group) names no stored alert.
                    default -> raised.contains(decision.alertId())
                            ? new RuleEffect(change, AlertEffect.ADDED_TO_OPEN_ALERT, null, null)
                            : new RuleEffect(change, AlertEffect.ADDED_TO_OPEN_ALERT, decision.alertId(),
                                    caseOf.get(decision.alertId()));
                });
            } else {
                AlertRule rule = change.condition().rule();
                effects.add(decisions.stream()
                        .filter(decision -> decision instanceof AlertDecision.Withdraw
                                || decision instanceof AlertDecision.MarkConditionEnded)
                        .filter(decision -> ruleOf.get(decision.alertId()) == rule).findFirst()
                        .map(decision -> new RuleEffect(change, AlertEffect.OPEN_ALERT_CONDITION_ENDS, decision.alertId(),
                                caseOf.get(decision.alertId())))
                        .orElseGet(() -> new RuleEffect(change, AlertEffect.NONE, null, null)));
            }
        }
        return effects;
    }

    private static AlertCondition conditionOf(AlertDecision decision) {
        return switch (decision) {
            case AlertDecision.Raise raise -> raise.condition();
            case AlertDecision.ExtendEvidence extend -> extend.condition();
            case AlertDecision.ReplaceEvidence replace -> replace.condition();
            case AlertDecision.Restate restate -> restate.condition();
            case AlertDecision.Nothing nothing -> nothing.condition();
            case AlertDecision.Withdraw withdraw -> null;
            case AlertDecision.MarkConditionEnded ended -> null;
            case AlertDecision.ClearConditionEnded back -> null;
        };
    }

    /** Partners for whom an alert would be raised with no open case to join: each would get one new case. */
    private static int casesOpened(List<PartnerPreview> previews) {
        return (int) previews.stream().filter(preview -> preview.rules().stream()
                .anyMatch(rule -> rule.effect() == AlertEffect.RAISED && rule.caseId() == null)).count();
    }

    private static int count(List<PartnerPreview> previews, AlertEffect effect) {
        return (int) previews.stream().flatMap(preview -> preview.rules().stream())
                .filter(rule -> rule.effect() == effect).count();
    }
}
