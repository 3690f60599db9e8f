package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.PauseReason;
import de.netzwerk.engagement.ScoringState;
import de.netzwerk.engagement.language.Messages;
import de.netzwerk.engagement.scoring.rules.SignsOfLife;
import de.netzwerk.engagement.scoring.Assessment;
import de.netzwerk.engagement.scoring.Band;
import de.netzwerk.engagement.scoring.Component;
import de.netzwerk.engagement.scoring.LedgerEntry;
import de.netzwerk.engagement.repository.PauseRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's engagement today with every point explained: {@code startingPoints} plus the points of all
 * ledger entries is the score. Beside the ledger, {@code lastSignOfLife} gives the context the SILENCE rule looks at
 * (an offer posted in the resource exchange counts as much as a meeting attended), without any points. A partner who
 * objected to scoring (GDPR Art. 21) has none of it: no score, band, components, ledger, conditions or last sign of
 * life, and {@code scoring} says why.
 */
public record EngagementResponse(@Schema(required = true) UUID partnerId, @Schema(required = true) LocalDate asOf,
        @Schema(required = true, nullable = true, description = "Null when the partner is not scored (see scoring)") Integer score,
        @Schema(required = true, nullable = true) Band band, @Schema(required = true, nullable = true) Integer baseline,
        @Schema(required = true, nullable = true) Integer trend, @Schema(required = true) boolean paused,
        @Schema(required = true, nullable = true, description = "The current pause, or else the next; null if none") PauseResponse pause,
        @Schema(required = true) int policyVersion,
        @Schema(required = true, description = "The score every partner starts from; the ledger says what took points away.") int startingPoints,
        @Schema(required = true) List<Component> components, @Schema(required = true) List<LedgerLine> ledger,
        @Schema(required = true) List<ConditionResponse> conditions,
        @Schema(required = true, description = "ACTIVE, or why the partner is not scored: OBJECTED (objection under review), "
                + "OBJECTION_UPHELD.") ScoringState scoring,
        @Schema(required = true, nullable = true, description = "The partner's latest sign of life today, whatever it was: context for the SILENCE rule, "
                + "never points. Null if there was none or they are not scored.") SignOfLife lastSignOfLife) {

    /**
     * The latest thing that showed the partner is there.
     *
     * @param activity    ATTENDED (present or excused), ANSWERED_INVITATION, READ_MINUTES, COMPLETED_TASK, or in the
     *                    resource exchange POSTED_OFFER, POSTED_NEED, AGREED_EXCHANGE, COMPLETED_EXCHANGE
     * @param kind        what {@code referenceId} names: MEETING, TASK, EXCHANGE_OFFER, EXCHANGE_NEED, EXCHANGE_MATCH
     * @param occurredAt  by its own date, however late it was entered
     */
    public record SignOfLife(@Schema(required = true) SignsOfLife.Activity activity, @Schema(required = true) String kind,
            @Schema(required = true) UUID referenceId, @Schema(required = true, nullable = true) UUID groupId,
            @Schema(required = true) OffsetDateTime occurredAt) {

        static SignOfLife of(SignsOfLife.Sign sign) {
            return new SignOfLife(sign.activity(), sign.kind(), sign.referenceId(), sign.groupId(), sign.occurredAt());
        }
    }

    public record LedgerLine(@Schema(required = true) int points, @Schema(required = true) double exactPoints,
            @Schema(required = true) Component.Kind component, @Schema(required = true) LocalDate date,
            @Schema(required = true) String kind, @Schema(required = true, nullable = true) UUID referenceId,
            @Schema(required = true, nullable = true) UUID groupId, @Schema(required = true) String reason,
            @Schema(required = true) String explanation) {

        static LedgerLine of(LedgerEntry entry) {
            return new LedgerLine(entry.points(), Math.round(entry.exactPoints() * 100) / 100.0, entry.component(),
                    entry.date(), entry.kind(), entry.referenceId(), entry.groupId(), entry.reason(), entry.explanation());
        }
    }

    /** An alert rule that holds today (the alert itself is under …/alerts). */
    public record ConditionResponse(@Schema(required = true) AlertRule rule,
            @Schema(required = true, nullable = true) UUID groupId, @Schema(required = true) String summary,
            @Schema(required = true) List<UUID> evidence) {
    }

    /**
     * @param pauses                   the partner's pauses: the current one, or else the next, is shown
     * @param seesPersonalCircumstances false for integrations: the pause shows its period only, not why nor the note
     * @param lastSign                 the partner's latest sign of life on the day assessed, if any
     */
    public static EngagementResponse of(UUID partnerId, Assessment assessment, int policyVersion,
            List<PauseRepository.Recorded> pauses, boolean seesPersonalCircumstances, Optional<SignsOfLife.Sign> lastSign,
            Locale language) {
        PauseResponse pause = pauses.stream()
                .filter(candidate -> !candidate.until().isBefore(assessment.asOf()))
                .min(Comparator.comparing(PauseRepository.Recorded::startsOn))
                .map(candidate -> seesPersonalCircumstances
                        ? new PauseResponse(candidate.startsOn(), candidate.until(), candidate.reason(), candidate.note())
                        : new PauseResponse(candidate.startsOn(), candidate.until(), null, null))
                .orElse(null);
        return new EngagementResponse(partnerId, assessment.asOf(), assessment.score(), assessment.band(),
                assessment.baseline(), assessment.trend(), assessment.paused(), pause, policyVersion, 100,
                assessment.components(), assessment.ledger().stream().map(LedgerLine::of).toList(),
                assessment.conditions().stream().map(condition -> new ConditionResponse(condition.rule(),
                        condition.groupId(), Messages.render(condition.summary(), language),
                        condition.evidence().stream().map(proof -> proof.id()).toList())).toList(), ScoringState.ACTIVE,
                lastSign.map(SignOfLife::of).orElse(null));
    }

    /** A partner who is not scored: nothing computed from their facts is shown. */
    public static EngagementResponse unscored(UUID partnerId, LocalDate asOf, int policyVersion, ScoringState scoring) {
        return new EngagementResponse(partnerId, asOf, null, null, null, null, false, null, policyVersion, 100, List.of(),
                List.of(), List.of(), scoring, null);
    }

    /** The current or next pause. Integrations see its period only: reason and note are null for them. */
    public record PauseResponse(@Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate until,
            @Schema(required = true, nullable = true, description = "Why the partner pauses; null for integrations (need to know: ILLNESS is health data).")
            PauseReason reason,
            @Schema(required = true, nullable = true, description = "The coordinator's note, if any; null for integrations.") String note) {
    }
}
