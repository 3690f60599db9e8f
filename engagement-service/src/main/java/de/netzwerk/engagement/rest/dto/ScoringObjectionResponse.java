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
public record ScoringObjectionResponse(@Schema(required = true) UUID id, @Schema(required = true) UUID partnerId,
        @Schema(required = true) ObjectionStatus status,
        @Schema(required = true, nullable = true, description = "The partner's own words, if they gave any; left out for integrations.") String reason,
        @Schema(required = true) OffsetDateTime recordedAt, @Schema(required = true) String recordedBy,
        @Schema(required = true) boolean recordedOnBehalf,
        @Schema(required = true, nullable = true) OffsetDateTime decidedAt,
        @Schema(required = true, nullable = true) String decidedBy,
        @Schema(required = true, nullable = true, description = "The coordinator's grounds for the decision; left out for integrations.") String justification,
        @Schema(required = true, description = "The objection's version, as its ETag") long version) {

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
