package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import de.netzwerk.engagement.alerting.CaseText;
import de.netzwerk.engagement.service.AlertQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A partner's case — everything that holds for them at the same time, to be followed up with one call — or a group's
 * case. Its reasons are its alerts, one per rule.
 */
@Schema(name = "AlertCase")
public record AlertCaseResponse(@Schema(required = true) UUID id,
        @Schema(required = true, nullable = true, description = "The partner; null for a group's case.") UUID partnerId,
        @Schema(required = true, nullable = true, description = "The group of a group's case (GROUP_DYING); null for a partner's case, whose reasons name their groups.") UUID groupId,
        @Schema(required = true, description = "Where the follow-up of its standing reasons stands; DISMISSED with closingReason CONDITION_ENDED when every reason was withdrawn.") AlertStatus status,
        @Schema(required = true) OffsetDateTime openedAt, @Schema(required = true, nullable = true) OffsetDateTime closedAt,
        @Schema(required = true, nullable = true) ClosingReason closingReason,
        @Schema(required = true, description = "Its alerts, in the order raised; a withdrawn reason stays listed with its status DISMISSED.") List<Reason> reasons,
        @Schema(required = true, description = "What to do next about the case as a whole, in German or English by Accept-Language, else the network's language.",
                example = "Zwei Gründe: zwei unentschuldigte Fehltermine in Folge und ein starker Rückgang des Werts — ein Anruf klärt beides.")
        String suggestedNextStep,
        @Schema(required = true, description = "The step as a stable code: its one standing reason's (step.absence-streak …), step.several-reasons or step.nothing; the reasons say which.",
                examples = "step.several-reasons")
        String suggestedNextStepCode,
        @Schema(required = true, nullable = true, description = "The case's follow-up, shared by its standing reasons.") AlertResponse.FollowUpResponse followUp,
        @Schema(required = true, description = "The case's version, as its ETag") long version) {

    /**
     * @param conditionEndedAt since when the reason's rule no longer holds (null while it holds); in a case being
     *                         followed up the reason stays, marked; otherwise it is withdrawn
     */
    @Schema(name = "AlertCaseReason")
    public record Reason(@Schema(required = true) UUID alertId, @Schema(required = true) AlertRule rule,
            @Schema(required = true, nullable = true) UUID groupId, @Schema(required = true) AlertStatus status,
            @Schema(required = true) OffsetDateTime raisedAt,
            @Schema(required = true, nullable = true, description = "Why the rule holds, in German or English by Accept-Language, else the network's language")
            String summary,
            @Schema(required = true, nullable = true, description = "Why the rule holds as a stable code; null for a reason stated before summaries had codes")
            String summaryCode,
            @Schema(required = true, nullable = true) List<String> summaryArgs,
            @Schema(required = true) List<AlertResponse.EvidenceResponse> evidence,
            @Schema(required = true, nullable = true) OffsetDateTime conditionEndedAt,
            @Schema(required = true, nullable = true) ClosingReason closingReason) {
    }

    /** The case as an integration sees it: its follow-up without the note (need to know, issue 14 item 5). */
    public AlertCaseResponse withoutFollowUpNote() {
        return new AlertCaseResponse(id, partnerId, groupId, status, openedAt, closedAt, closingReason, reasons,
                suggestedNextStep, suggestedNextStepCode, followUp == null ? null : followUp.withoutNote(), version);
    }

    public static AlertCaseResponse of(AlertQueries.CaseView view, Locale language) {
        AlertCase found = view.alertCase();
        List<Alert> standing = view.reasons().stream().filter(reason -> !reason.withdrawn()).toList();
        // The follow-up of the case is that of its standing reasons; a withdrawn case shows its last reason's.
        Alert speaking = (standing.isEmpty() ? view.reasons() : standing).stream()
                .max(Comparator.comparing((Alert reason) -> reason.status.ordinal())
                        .thenComparing(reason -> reason.raisedAt))
                .orElse(null);
        // The next step speaks of what still holds: reasons withdrawn or whose condition ended are left out.
        List<CaseText.Reason> holding = standing.stream().filter(reason -> reason.conditionEndedAt == null)
                .map(reason -> new CaseText.Reason(reason.rule, reason.evidence.size())).toList();
        return new AlertCaseResponse(found.id, found.partnerId, found.groupId, found.status, found.openedAt,
                found.closedAt, found.closingReason,
                view.reasons().stream().map(reason -> new Reason(reason.id, reason.rule, reason.groupId, reason.status,
                        reason.raisedAt, AlertResponse.summaryOf(reason, language), reason.summaryCode, reason.summaryArgs,
                        AlertResponse.evidenceOf(reason), reason.conditionEndedAt,
                        reason.closingReason)).toList(),
                CaseText.suggestedNextStep(holding, language), CaseText.stepCode(holding),
                speaking == null ? null : AlertResponse.followUpOf(speaking), found.version);
    }
}
