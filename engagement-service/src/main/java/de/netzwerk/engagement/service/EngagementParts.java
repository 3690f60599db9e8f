package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.ObjectionStatus;
import de.netzwerk.engagement.ScoringObjection;
import de.netzwerk.engagement.alerting.CaseText;
import de.netzwerk.engagement.repository.EngagementFactsStore;
import de.netzwerk.engagement.event.EngagementPart;
import de.netzwerk.engagement.event.EngagementPart.AlertRecord;
import de.netzwerk.engagement.event.EngagementPart.CaseRecord;
import de.netzwerk.engagement.event.EngagementPart.ComponentRecord;
import de.netzwerk.engagement.event.EngagementPart.EvidenceRecord;
import de.netzwerk.engagement.event.EngagementPart.FollowUpRecord;
import de.netzwerk.engagement.event.EngagementPart.LedgerRecord;
import de.netzwerk.engagement.event.EngagementPart.ObjectionRecord;
import de.netzwerk.engagement.event.EngagementPart.PauseRecord;
import de.netzwerk.engagement.event.EngagementPart.Score;
import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.repository.AlertCaseRepository;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.repository.ScoringObjectionRepository;
import de.netzwerk.engagement.scoring.Assessment;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reads what this service holds about one partner of a network into their {@link EngagementPart}: every table that
 * names a partner (see {@code PartnerTraces}, which erases the same rows), each read by network and partner, so that
 * nothing of another partner or network comes along. A group's alerts (GROUP_DYING) are the network's, not the
 * partner's, and are not part of it. Reads in the caller's transaction: the part shows the batch it answers.
 */
@ApplicationScoped
public class EngagementParts {

    private final AssessmentService assessments;
    private final AlertRepository alerts;
    private final AlertCaseRepository cases;
    private final PauseService pauses;
    private final ScoringObjectionRepository objections;
    private final EngagementFactsStore facts;

    EngagementParts(AssessmentService assessments, AlertRepository alerts, AlertCaseRepository cases,
            PauseService pauses, ScoringObjectionRepository objections, EngagementFactsStore facts) {
        this.assessments = assessments;
        this.alerts = alerts;
        this.cases = cases;
        this.pauses = pauses;
        this.objections = objections;
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EngagementPart of(String network, UUID partner) {
        List<ScoringObjection> objectionsOfPartner = objections.allOf(network, partner);
        ScoringObjection latest = objectionsOfPartner.isEmpty() ? null : objectionsOfPartner.getLast();
        // A partner who objects is not scored, not even for their export.
        boolean scored = latest == null || !ObjectionStatus.STANDING.contains(latest.status);
        Score score = !scored ? null : assessments.currentInTransaction(network, partner)
                .map(current -> score(current.assessment(), current.policyVersion())).orElse(null);
        Parameters ofPartner = Parameters.with("network", network).and("partner", partner);
        List<AlertRecord> alertRecords = alerts
                .find("networkId = :network and partnerId = :partner", Sort.by("raisedAt").and("id"), ofPartner)
                .stream().map(EngagementParts::alert).toList();
        List<CaseRecord> caseRecords = cases
                .find("networkId = :network and partnerId = :partner", Sort.by("openedAt").and("id"), ofPartner)
                .stream().map(EngagementParts::alertCase).toList();
        List<PauseRecord> pauseRecords = pauses.of(network, partner).stream()
                .map(pause -> new PauseRecord(pause.startsOn(), pause.until(), pause.reason().name(), pause.note(),
                        pause.createdAt()))
                .toList();
        return new EngagementPart(false, score, alertRecords, caseRecords, pauseRecords, facts.of(network, partner),
                objectionsOfPartner.stream().map(EngagementParts::objection).toList());
    }

    private static ObjectionRecord objection(ScoringObjection objection) {
        return new ObjectionRecord(objection.status.name(), objection.reason,
                objection.recordedAt, objection.recordedBy, objection.recordedOnBehalf, objection.decidedAt,
                objection.decidedBy, objection.justification);
    }

    private static Score score(Assessment assessment, int policyVersion) {
        return new Score(assessment.asOf(), assessment.score(), assessment.band() == null ? null : assessment.band().name(),
                assessment.baseline(), assessment.trend(), assessment.paused(), policyVersion,
                assessment.components().stream().map(component -> new ComponentRecord(component.kind().name(),
                        component.weight(), component.value(), component.pointsLost(), component.items())).toList(),
                assessment.ledger().stream().map(entry -> new LedgerRecord(entry.points(), entry.component().name(),
                        entry.date(), entry.kind(), entry.referenceId(), entry.groupId(), entry.reason(),
                        entry.explanation())).toList());
    }

    private static AlertRecord alert(Alert alert) {
        List<EvidenceRecord> evidence = alert.evidence.stream()
                .sorted(Comparator.comparing((Evidence item) -> item.occurredAt)
                        .thenComparing(item -> item.referenceId.toString()))
                .map(item -> new EvidenceRecord(item.kind.name(), item.referenceId, item.groupId, item.occurredAt))
                .toList();
        FollowUpRecord followUp = new FollowUpRecord(alert.acknowledgedAt, alert.acknowledgedBy, alert.contactedAt,
                alert.contactedBy, name(alert.contactChannel), name(alert.cause), alert.note, alert.closedAt,
                alert.closedBy, name(alert.closingReason));
        return new AlertRecord(alert.id, alert.caseId, alert.rule.name(), alert.groupId, alert.status.name(),
                alert.raisedAt, alert.summary, evidence, CaseText.suggestedNextStep(alert.rule, Languages.ENGLISH), alert.conditionEndedAt,
                followUp);
    }

    private static CaseRecord alertCase(AlertCase found) {
        return new CaseRecord(found.id, found.status.name(), found.openedAt, found.closedAt, name(found.closingReason));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
