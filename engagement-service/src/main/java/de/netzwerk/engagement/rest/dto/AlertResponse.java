package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import de.netzwerk.engagement.ContactChannel;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.alerting.CaseText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * @param caseId           the case the alert is a reason of; following up the alert follows up the case
 * @param conditionEndedAt since when the alert's rule no longer holds for the partner or group (null while it holds);
 *                         an alert nobody had followed up is then withdrawn, one being followed up stays open
 */
public record AlertResponse(UUID id, UUID caseId, UUID partnerId, UUID groupId, AlertRule rule,
        @Schema(description = "The kind of alert as a stable code, for apps that write their own words", examples = "alert.absence-streak")
        String code,
        AlertStatus status, OffsetDateTime raisedAt, String summary, List<EvidenceResponse> evidence,
        @Schema(description = "What to do next, in German or English by Accept-Language, else the network's language")
        String suggestedNextStep,
        @Schema(description = "The suggested next step as a stable code (see README, Errors and languages)", examples = "step.absence-streak")
        String suggestedNextStepCode,
        OffsetDateTime conditionEndedAt, FollowUpResponse followUp, long version) {

    public record EvidenceResponse(Evidence.Kind kind, UUID id, UUID groupId, OffsetDateTime occurredAt) {
    }

    /**
     * @param note          the coordinator's note on the conversation; null for integrations, who never read it
     * @param closingReason CONDITION_ENDED when the service withdrew the alert (status DISMISSED, no cause, nobody
     *                      named in closedBy); null when a coordinator closed it or it is open
     */
    public record FollowUpResponse(OffsetDateTime acknowledgedAt, String acknowledgedBy, OffsetDateTime contactedAt,
            String contactedBy, ContactChannel contactChannel, FollowUpCause cause,
            @Schema(description = "The coordinator's note on the conversation. Left out (null) for integrations: need to know.")
            String note,
            OffsetDateTime closedAt, String closedBy, ClosingReason closingReason) {

        /** The follow-up as an integration sees it: what happened, when and how, not what was noted about the person. */
        public FollowUpResponse withoutNote() {
            return new FollowUpResponse(acknowledgedAt, acknowledgedBy, contactedAt, contactedBy, contactChannel, cause,
                    null, closedAt, closedBy, closingReason);
        }
    }

    /** The alert as an integration sees it: its follow-up without the note (see {@link FollowUpResponse#withoutNote}). */
    public AlertResponse withoutFollowUpNote() {
        return new AlertResponse(id, caseId, partnerId, groupId, rule, code, status, raisedAt, summary, evidence,
                suggestedNextStep, suggestedNextStepCode, conditionEndedAt, followUp == null ? null : followUp.withoutNote(),
                version);
    }

    public static FollowUpResponse followUpOf(Alert alert) {
        return new FollowUpResponse(alert.acknowledgedAt, alert.acknowledgedBy, alert.contactedAt, alert.contactedBy,
                alert.contactChannel, alert.cause, alert.note, alert.closedAt, alert.closedBy, alert.closingReason);
    }

    public static List<EvidenceResponse> evidenceOf(Alert alert) {
        return alert.evidence.stream()
                .sorted(Comparator.comparing((Evidence item) -> item.occurredAt)
                        .thenComparing(item -> item.referenceId.toString()))
                .map(item -> new EvidenceResponse(item.kind, item.referenceId, item.groupId, item.occurredAt))
                .toList();
    }

    /** The alert with its next step in the language. */
    public static AlertResponse of(Alert alert, Locale language) {
        List<EvidenceResponse> evidence = evidenceOf(alert);
        return new AlertResponse(alert.id, alert.caseId, alert.partnerId, alert.groupId, alert.rule, codeOf(alert.rule),
                alert.status, alert.raisedAt, alert.summary, evidence, CaseText.suggestedNextStep(alert.rule, language),
                CaseText.stepCode(alert.rule), alert.conditionEndedAt, followUpOf(alert), alert.version);
    }

    /** The kind of alert as a code: {@code alert.absence-streak}, {@code alert.group-dying} … */
    public static String codeOf(AlertRule rule) {
        return "alert." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
