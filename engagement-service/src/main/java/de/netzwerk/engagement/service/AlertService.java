package de.netzwerk.engagement.service;

import de.netzwerk.engagement.alerting.CaseText;
import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.alerting.AlertBookkeeping;
import de.netzwerk.engagement.alerting.AlertDecision;
import de.netzwerk.engagement.alerting.KnownAlert;
import de.netzwerk.engagement.event.AlertResolved;
import de.netzwerk.engagement.event.DisengagementDetected;
import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.AlertCaseRepository;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.scoring.AlertCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Alert raising: brings the alerts of a partner (or group) in line with what the rules found in an assessment, as
 * {@link AlertBookkeeping} decides, and records it: raises, extends, restates or withdraws alerts, opens the case a
 * new alert belongs to and publishes what it raises and withdraws. What coordinators do with the alerts afterwards is
 * {@link AlertFollowUpService}'s.
 */
@ApplicationScoped
@Transactional
public class AlertService {

    private final AlertRepository alerts;
    private final AlertCaseRepository cases;
    private final Outbox outbox;
    private final Clock clock;
    private final AlertBookkeeping bookkeeping = new AlertBookkeeping();

    AlertService(AlertRepository alerts, AlertCaseRepository cases, Outbox outbox, Clock clock) {
        this.alerts = alerts;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Every alert (any status) of the partners, each in their own network, to decide what is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<PartnerKey, List<Alert>> ofPartners(Collection<PartnerKey> partners) {
        Map<PartnerKey, List<Alert>> found = new HashMap<>();
        partners.stream().collect(Collectors.groupingBy(PartnerKey::networkId,
                Collectors.mapping(PartnerKey::partnerId, Collectors.toSet()))).forEach((network, ids) ->
                alerts.ofPartners(network, ids).forEach(alert -> found.computeIfAbsent(new PartnerKey(alert.networkId, alert.partnerId),
                                key -> new ArrayList<>()).add(alert)));
        return found;
    }

    /**
     * Brings the partner's alerts in line with the conditions that hold now, as {@link AlertBookkeeping} decides:
     * raises, extends or withdraws alerts, publishing what it raises and withdraws. While the partner is paused no
     * condition is given but the rules that hold still are ({@code holding}): a pause raises nothing, and ends only
     * the alerts whose facts it covers. Called only when the rules were looked at: leaving the network suspends them,
     * it does not end their conditions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(PartnerKey partner, List<AlertCondition> conditions, Set<AlertRule> holding, List<Alert> existing) {
        carryOut(partner.networkId(), partner.partnerId(), conditions, holding, existing);
    }

    /**
     * The same for a whole group (GROUP_DYING): one open alert per group and rule, no partner named. An empty
     * condition means the group was looked at and the rule does not hold for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followGroup(String networkId, UUID groupId, AlertRule rule, Optional<AlertCondition> condition) {
        List<Alert> existing = alerts.ofGroup(networkId, groupId, rule);
        carryOut(networkId, null, condition.stream().toList(), condition.stream().map(AlertCondition::rule).collect(Collectors.toSet()),
                existing);
    }

    /** The stored alert as the bookkeeping sees it. */
    public static KnownAlert known(Alert alert) {
        KnownAlert.State state = alert.withdrawn() ? KnownAlert.State.WITHDRAWN
                : !AlertStatus.OPEN_STATES.contains(alert.status) ? KnownAlert.State.CLOSED
                : alert.followedUp() ? KnownAlert.State.FOLLOWED_UP : KnownAlert.State.OPEN;
        return new KnownAlert(alert.id, alert.caseId, alert.rule, state,
                alert.evidence.stream().map(item -> new KnownAlert.Proof(item.kind.name(), item.referenceId))
                        .collect(Collectors.toSet()),
                alert.summaryText().orElse(null), alert.conditionEndedAt != null);
    }

    private void carryOut(String networkId, UUID partnerId, List<AlertCondition> conditions, Set<AlertRule> holding,
            List<Alert> existing) {
        Map<UUID, Alert> byId = new HashMap<>();
        existing.forEach(alert -> byId.put(alert.id, alert));
        Set<UUID> casesTouched = new LinkedHashSet<>();
        for (AlertDecision decision : bookkeeping.decide(existing.stream().map(AlertService::known).toList(), conditions,
                holding)) {
            if (decision instanceof AlertDecision.Raise || decision instanceof AlertDecision.Withdraw) {
                casesTouched.add(decision instanceof AlertDecision.Raise raise ? raise.caseId()
                        : byId.get(decision.alertId()).caseId);
            }
            switch (decision) {
                case AlertDecision.Raise raise -> byId.put(raise.alertId(), raise(networkId, partnerId, raise, byId.values()));
                case AlertDecision.ExtendEvidence extend -> {
                    Alert alert = byId.get(extend.alertId());
                    alert.evidence.addAll(evidence(extend.condition()));
                    restate(alert, extend.condition());
                }
                case AlertDecision.ReplaceEvidence replace -> {
                    Alert alert = byId.get(replace.alertId());
                    alert.evidence.clear();
                    alert.evidence.addAll(evidence(replace.condition()));
                    restate(alert, replace.condition());
                }
                case AlertDecision.Restate restate -> restate(byId.get(restate.alertId()), restate.condition());
                case AlertDecision.ClearConditionEnded back -> byId.get(back.alertId()).conditionEndedAt = null;
                case AlertDecision.Withdraw withdraw -> withdraw(byId.get(withdraw.alertId()));
                case AlertDecision.MarkConditionEnded ended -> byId.get(ended.alertId()).conditionEndedAt =
                        OffsetDateTime.now(clock);
                case AlertDecision.Nothing nothing -> {
                }
            }
        }
        for (UUID caseId : casesTouched) {
            caseOf(networkId, caseId).settle(byId.values().stream().filter(alert -> caseId.equals(alert.caseId)).toList());
        }
    }

    private AlertCase caseOf(String networkId, UUID caseId) {
        return cases.findInNetwork(networkId, caseId).orElseThrow(() -> new IllegalStateException("case " + caseId));
    }

    private static Set<Evidence> evidence(AlertCondition condition) {
        return condition.evidence().stream()
                .map(proof -> Evidence.of(Evidence.Kind.valueOf(proof.kind()), proof.id(), proof.groupId(), proof.occurredAt()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Only a changed summary touches the alert: a re-assessment that finds nothing new must not change its version. */
    private static void restate(Alert alert, AlertCondition condition) {
        if (!alert.summaryText().equals(Optional.of(condition.summary()))) {
            alert.summarise(condition.summary());
        }
    }

    /**
     * A new alert, as a reason of the case open for the partner (or group) or of a new one. Joining a case a
     * coordinator already follows up, it takes the case's follow-up: the reasons of a case move together, and the
     * coordinator sees the new reason in the case they are on.
     */
    private Alert raise(String networkId, UUID partnerId, AlertDecision.Raise decision, Collection<Alert> known) {
        AlertCondition condition = decision.condition();
        Alert raised = new Alert();
        raised.id = decision.alertId();
        raised.networkId = networkId;
        raised.partnerId = partnerId;
        raised.caseId = decision.caseId();
        raised.rule = condition.rule();
        raised.groupId = condition.groupId();
        raised.status = AlertStatus.OPEN;
        raised.raisedAt = OffsetDateTime.now(clock);
        raised.summarise(condition.summary());
        raised.evidence.addAll(evidence(condition));
        if (decision.opensCase()) {
            cases.persist(AlertCase.open(decision.caseId(), networkId, partnerId, condition.groupId(), raised.raisedAt));
        } else {
            known.stream().filter(reason -> decision.caseId().equals(reason.caseId) && !reason.withdrawn()
                    && AlertStatus.OPEN_STATES.contains(reason.status) && reason.followedUp())
                    .findFirst().ifPresent(reason -> takeFollowUp(raised, reason));
        }
        alerts.persist(raised);
        if (partnerId != null) {
            outbox.add(new DisengagementDetected(networkId, partnerId, raised.id, raised.rule, raised.groupId,
                    raised.evidence.stream().map(item -> new DisengagementDetected.Proof(item.kind.name(), item.referenceId,
                            item.occurredAt)).toList(), CaseText.suggestedNextStep(raised.rule, Languages.ENGLISH), raised.raisedAt,
                    raised.caseId));
        }
        return raised;
    }

    private static void takeFollowUp(Alert alert, Alert from) {
        alert.status = from.status;
        alert.acknowledgedAt = from.acknowledgedAt;
        alert.acknowledgedBy = from.acknowledgedBy;
        alert.contactedAt = from.contactedAt;
        alert.contactedBy = from.contactedBy;
        alert.contactChannel = from.contactChannel;
        alert.note = from.note;
    }

    /**
     * The alert's rule no longer holds and nobody has acted on it yet: it is withdrawn — closed as DISMISSED with the
     * closing reason CONDITION_ENDED and no cause, kept in the history and published as alert-resolved — so the open
     * list shows only what still needs a call.
     */
    private void withdraw(Alert alert) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        alert.status = AlertStatus.DISMISSED;
        alert.closingReason = ClosingReason.CONDITION_ENDED;
        alert.conditionEndedAt = now;
        alert.closedAt = now;
        if (alert.partnerId != null) {
            outbox.add(new AlertResolved(alert.networkId, alert.partnerId, alert.id, alert.rule, alert.status, null, now,
                    ClosingReason.CONDITION_ENDED, alert.caseId));
        }
    }
}
