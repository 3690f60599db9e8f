package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.language.Messages;
import de.netzwerk.engagement.paging.Page;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.scoring.Band;
import de.netzwerk.engagement.scoring.Component;
import de.netzwerk.engagement.scoring.PolicyComparison;
import de.netzwerk.engagement.scoring.PolicyComparison.FieldChange;
import de.netzwerk.engagement.service.PolicyPreviewService;
import de.netzwerk.engagement.service.PolicyPreviewService.AlertEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What adopting a candidate policy would change today, next to the policy in force: the fields it changes, totals
 * over the whole network, and a page of the partners whose score, band or alert rules would differ.
 */
public record PolicyPreviewResponse(
        @Schema(required = true, description = "The day assessed under both policies (today in the network).") LocalDate asOf,
        @Schema(required = true, description = "The version in force that the candidate is compared with.") int comparedWithVersion,
        @Schema(required = true) List<FieldChange> changedFields, @Schema(required = true) Totals totals,
        @Schema(required = true) Page<PartnerChange> partners) {

    @Schema(name = "PolicyPreviewTotals")
    public record Totals(
            @Schema(required = true, description = "Assessed partners of the network, each compared.") int partnersCompared,
            @Schema(required = true, description = "Partners whose score, band or alert rules would differ.") long partnersDiffering,
            @Schema(required = true) int bandChanges,
            @Schema(required = true, description = "Alerts that adopting the candidate would raise.") int alertsRaised,
            @Schema(required = true, description = "Partners who would get a new case: an alert raised and no open case to join (a case is one follow-up of every alert that holds for a partner at the same time).") int casesOpened,
            @Schema(required = true, description = "Open alerts whose condition would end.") int alertsEnded) {
    }

    public record Change<T>(@Schema(required = true, nullable = true) T now,
            @Schema(required = true, nullable = true) T candidate) {
    }

    public enum Holds {
        NEWLY_HOLDS,
        NO_LONGER_HOLDS
    }

    public record RuleChange(@Schema(required = true) AlertRule rule,
            @Schema(required = true, nullable = true) UUID groupId, @Schema(required = true) Holds holds,
            @Schema(required = true, nullable = true) String summary,
            @Schema(required = true) List<AlertResponse.EvidenceResponse> evidence,
            @Schema(required = true, nullable = true) AlertEffect effect,
            @Schema(required = true, nullable = true, description = "The open alert concerned, if there is one.") UUID alertId,
            @Schema(required = true, nullable = true, description = "The open case concerned: the one a raised alert would join as a further reason (null: it would open a new case, together with any other alert raised for the partner), or the case of the open alert concerned.") UUID caseId,
            @Schema(required = true, description = "The changed policy fields this rule reads; empty when the score moved it.") List<String> becauseOf) {
    }

    public record LedgerChange(@Schema(required = true) Component.Kind component,
            @Schema(required = true) LocalDate date, @Schema(required = true, nullable = true) String kind,
            @Schema(required = true, nullable = true) UUID referenceId,
            @Schema(required = true, nullable = true) String reason,
            @Schema(required = true, nullable = true, description = "Points under the policy in force; null: the item costs nothing.") Integer pointsNow,
            @Schema(required = true, nullable = true, description = "Points under the candidate; null: the item costs nothing.") Integer pointsCandidate) {
    }

    public record PartnerChange(@Schema(required = true) UUID partnerId,
            @Schema(required = true) Change<Integer> score, @Schema(required = true) Change<Band> band,
            @Schema(required = true) List<RuleChange> alerts,
            @Schema(required = true) List<LedgerChange> ledger,
            @Schema(required = true, nullable = true, example = "ABSENCE_STREAK no longer holds (absenceStreak 2 → 3)") String explanation) {
    }

    /** The preview with each rule's summary in the language. */
    public static PolicyPreviewResponse of(PolicyPreviewService.Preview preview, PageRequest page, Locale language) {
        Map<String, FieldChange> fields = preview.changedFields().stream()
                .collect(Collectors.toMap(FieldChange::field, Function.identity()));
        List<PartnerChange> items = preview.partners().stream()
                .skip((long) page.page * page.size).limit(page.size)
                .map(partner -> partnerChange(partner, fields, language)).toList();
        return new PolicyPreviewResponse(preview.asOf(), preview.comparedWithVersion(), preview.changedFields(),
                new Totals(preview.partnersCompared(), preview.partners().size(), preview.bandChanges(),
                        preview.alertsRaised(), preview.casesOpened(), preview.alertsEnded()),
                Page.of(items, page, preview.partners().size()));
    }

    private static PartnerChange partnerChange(PolicyPreviewService.PartnerPreview partner, Map<String, FieldChange> fields,
            Locale language) {
        PolicyComparison.PartnerDifference difference = partner.difference();
        List<RuleChange> rules = partner.rules().stream().map(effect -> {
            var condition = effect.change().condition();
            return new RuleChange(condition.rule(), condition.groupId(),
                    effect.change().holdsWithCandidate() ? Holds.NEWLY_HOLDS : Holds.NO_LONGER_HOLDS,
                    Messages.render(condition.summary(), language),
                    condition.evidence().stream().map(proof -> new AlertResponse.EvidenceResponse(
                            Evidence.Kind.valueOf(proof.kind()), proof.id(), proof.groupId(), proof.occurredAt())).toList(),
                    effect.effect(), effect.alertId(), effect.caseId(), effect.change().becauseOf());
        }).toList();
        List<LedgerChange> ledger = difference.ledger().stream()
                .map(change -> new LedgerChange(change.component(), change.date(), change.kind(), change.referenceId(),
                        change.reason(), change.pointsNow(), change.pointsCandidate()))
                .toList();
        return new PartnerChange(difference.partnerId(),
                new Change<>(difference.now().score(), difference.candidate().score()),
                new Change<>(difference.now().band(), difference.candidate().band()), rules, ledger,
                explanation(difference, rules, fields));
    }

    /** One line a coordinator reads: what moves, and which fields of the candidate move it. */
    private static String explanation(PolicyComparison.PartnerDifference difference, List<RuleChange> rules,
            Map<String, FieldChange> fields) {
        List<String> parts = new ArrayList<>();
        if (difference.scoreChange() != 0) {
            parts.add("score %d → %d".formatted(difference.now().score(), difference.candidate().score()));
        }
        if (difference.bandChanges()) {
            parts.add("band %s → %s".formatted(difference.now().band(), difference.candidate().band()));
        }
        if (!difference.ledger().isEmpty()) {
            parts.add("%d ledger entr%s differ".formatted(difference.ledger().size(),
                    difference.ledger().size() == 1 ? "y" : "ies"));
        }
        for (RuleChange rule : rules) {
            String because = rule.becauseOf().isEmpty() ? "follows the score"
                    : rule.becauseOf().stream().map(fields::get)
                            .map(field -> "%s %d → %d".formatted(field.field(), field.current(), field.candidate()))
                            .collect(Collectors.joining(", "));
            String joins = rule.effect() == AlertEffect.RAISED && rule.caseId() != null ? ", joins the open case" : "";
            parts.add("%s %s (%s%s)".formatted(rule.rule(),
                    rule.holds() == Holds.NEWLY_HOLDS ? "newly holds" : "no longer holds", because, joins));
        }
        return String.join("; ", parts);
    }
}
