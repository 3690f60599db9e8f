package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.ObjectionStatus;
import de.netzwerk.engagement.ScoringObjection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's objection to scoring and what became of it.
 *
 * @param recordedOnBehalf a coordinator recorded it for the partner
 */
public record ScoringObjectionResponse(UUID id, UUID partnerId, ObjectionStatus status,
        @Schema(description = "The partner's own words; left out for integrations.") String reason,
        OffsetDateTime recordedAt, String recordedBy, boolean recordedOnBehalf, OffsetDateTime decidedAt,
        String decidedBy,
        @Schema(description = "The coordinator's grounds for the decision; left out for integrations.") String justification,
        long version) {

    /** Everything, for the partner themselves and for coordinators. */
    public static ScoringObjectionResponse of(ScoringObjection objection) {
        return new ScoringObjectionResponse(objection.id, objection.partnerId, objection.status, objection.reason,
                objection.recordedAt, objection.recordedBy, objection.recordedOnBehalf, objection.decidedAt,
                objection.decidedBy, objection.justification, objection.version);
    }

    /** That the partner objected and where it stands, without anybody's words: for integrations. */
    public static ScoringObjectionResponse withoutTexts(ScoringObjection objection) {
        return new ScoringObjectionResponse(objection.id, objection.partnerId, objection.status, null,
                objection.recordedAt, objection.recordedBy, objection.recordedOnBehalf, objection.decidedAt,
                objection.decidedBy, null, objection.version);
    }
}
