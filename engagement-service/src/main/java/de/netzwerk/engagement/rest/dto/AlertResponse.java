package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import de.netzwerk.engagement.ContactChannel;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.alerting.CaseText;
import de.netzwerk.engagement.language.Messages;
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
public record AlertResponse(@Schema(required = true) UUID id, @Schema(required = true) UUID caseId,
        @Schema(required = true, nullable = true, description = "The partner; null for a group's alert (GROUP_DYING)") UUID partnerId,
        @Schema(required = true, nullable = true, description = "The group the rule looked at, if it looks at one") UUID groupId,
        @Schema(required = true) AlertRule rule,
        @Schema(required = true, description = "The kind of alert as a stable code, for apps that write their own words", examples = "alert.absence-streak")
        String code,
        @Schema(required = true) AlertStatus status, @Schema(required = true) OffsetDateTime raisedAt,
        @Schema(required = true, nullable = true, description = "Why the rule holds, in German or English by Accept-Language, else the network's language")
        String summary,
        @Schema(required = true, nullable = true, description = "Why the rule holds as a stable code (see README, Errors and languages); null for an alert stated before summaries had codes, whose summary is English",
                examples = "summary.absence-streak")
        String summaryCode,
        @Schema(required = true, nullable = true, description = "The arguments of summaryCode, in the order its words use them", examples = "[\"2\", \"6f1c…\"]")
        List<String> summaryArgs,
        @Schema(required = true) List<EvidenceResponse> evidence,
        @Schema(required = true, description = "What to do next, in German or English by Accept-Language, else the network's language")
        String suggestedNextStep,
        @Schema(required = true, description = "The suggested next step as a stable code (see README, Errors and languages)", examples = "step.absence-streak")
        String suggestedNextStepCode,
        @Schema(required = true, nullable = true) OffsetDateTime conditionEndedAt,
        @Schema(required = true) FollowUpResponse followUp,
        @Schema(required = true, description = "When the alert last changed (raised, followed up, new evidence, withdrawn); see updatedSince")
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The alert's version, as its ETag") long version) {

    public record EvidenceResponse(@Schema(required = true) Evidence.Kind kind, @Schema(required = true) UUID id,
            @Schema(required = true, nullable = true) UUID groupId, @Schema(required = true) OffsetDateTime occurredAt) {
    }

    /**
     * @param note          the coordinator's note on the conversation; null for integrations, who never read it
     * @param closingReason CONDITION_ENDED when the service withdrew the alert (status DISMISSED, no cause, nobody
     *                      named in closedBy); null when a coordinator closed it or it is open
     */
    public record FollowUpResponse(@Schema(required = true, nullable = true) OffsetDateTime acknowledgedAt,
            @Schema(required = true, nullable = true) String acknowledgedBy,
            @Schema(required = true, nullable = true) OffsetDateTime contactedAt,
            @Schema(required = true, nullable = true) String contactedBy,
            @Schema(required = true, nullable = true) ContactChannel contactChannel,
            @Schema(required = true, nullable = true) FollowUpCause cause,
            @Schema(required = true, nullable = true, description = "The coordinator's note on the conversation. Left out (null) for integrations: need to know.")
            String note,
            @Schema(required = true, nullable = true) OffsetDateTime closedAt,
            @Schema(required = true, nullable = true) String closedBy,
            @Schema(required = true, nullable = true) ClosingReason closingReason) {

        /** The follow-up as an integration sees it: what happened, when and how, not what was noted about the person. */
        public FollowUpResponse withoutNote() {
            return new FollowUpResponse(acknowledgedAt, acknowledgedBy, contactedAt, contactedBy, contactChannel, cause,
                    null, closedAt, closedBy, closingReason);
        }
    }

    /** The alert as an integration sees it: its follow-up without the note (see {@link FollowUpResponse#withoutNote}). */
    public AlertResponse withoutFollowUpNote() {
        return new AlertResponse(id, caseId, partnerId, groupId, rule, code, status, raisedAt, summary, summaryCode,
                summaryArgs, evidence, suggestedNextStep, suggestedNextStepCode, conditionEndedAt,
                followUp == null ? null : followUp.withoutNote(), updatedAt, version);
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
                alert.status, alert.raisedAt, summaryOf(alert, language), alert.summaryCode, alert.summaryArgs, evidence,
                CaseText.suggestedNextStep(alert.rule, language),
                CaseText.stepCode(alert.rule), alert.conditionEndedAt, followUpOf(alert), alert.updatedAt, alert.version);
    }

    /** Why the alert's rule holds, in the language; an alert stated before summaries had codes keeps its English words. */
    public static String summaryOf(Alert alert, Locale language) {
        return alert.summaryText().map(text -> Messages.render(text, language)).orElse(alert.summary);
    }

    /** The kind of alert as a code: {@code alert.absence-streak}, {@code alert.group-dying} … */
    public static String codeOf(AlertRule rule) {
        return "alert." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
