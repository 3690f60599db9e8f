package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.scoring.Band;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's latest assessment.
 *
 * @param trend points against the partner's own baseline (their score {@code baselineDays} ago)
 */
public record EngagementSummary(UUID partnerId, Integer score, Band band, Integer baseline, Integer trend,
        boolean paused, LocalDate assessedOn, OffsetDateTime assessedAt, int policyVersion) {

    public static EngagementSummary of(EngagementStore.Stored stored) {
        return new EngagementSummary(stored.partnerId(), stored.score(), stored.band(), stored.baseline(), stored.trend(),
                stored.paused(), stored.assessedOn(), stored.assessedAt(), stored.policyVersion());
    }
}
