package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.ScoringState;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.scoring.Band;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's latest assessment.
 *
 * @param trend     points against the partner's own baseline (their score {@code baselineDays} ago)
 * @param scoring   whether the partner is scored at all: one who objected (GDPR Art. 21) has no score, band or trend
 * @param updatedAt when score, band, baseline, pause or policy last changed (not every daily assessment does)
 */
public record EngagementSummary(@Schema(required = true) UUID partnerId, @Schema(nullable = true) Integer score,
        @Schema(nullable = true) Band band, @Schema(nullable = true) Integer baseline,
        @Schema(nullable = true) Integer trend, @Schema(required = true) boolean paused,
        @Schema(required = true) LocalDate assessedOn, @Schema(required = true) OffsetDateTime assessedAt,
        @Schema(required = true) int policyVersion, @Schema(required = true) ScoringState scoring,
        @Schema(required = true) OffsetDateTime updatedAt) {

    public static EngagementSummary of(EngagementStore.Stored stored, ScoringState scoring) {
        return new EngagementSummary(stored.partnerId(), stored.score(), stored.band(), stored.baseline(), stored.trend(),
                stored.paused(), stored.assessedOn(), stored.assessedAt(), stored.policyVersion(), scoring,
                stored.updatedAt());
    }
}
