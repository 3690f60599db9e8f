package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.ScoringState;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.scoring.Band;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's latest assessment.
 *
 * @param trend   points against the partner's own baseline (their score {@code baselineDays} ago)
 * @param scoring whether the partner is scored at all: one who objected (GDPR Art. 21) has no score, band or trend
 */
public record EngagementSummary(UUID partnerId, Integer score, Band band, Integer baseline, Integer trend,
        boolean paused, LocalDate assessedOn, OffsetDateTime assessedAt, int policyVersion, ScoringState scoring) {

    public static EngagementSummary of(EngagementStore.Stored stored, ScoringState scoring) {
        return new EngagementSummary(stored.partnerId(), stored.score(), stored.band(), stored.baseline(), stored.trend(),
                stored.paused(), stored.assessedOn(), stored.assessedAt(), stored.policyVersion(), scoring);
    }
}
