package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ContactChannel;
import de.netzwerk.engagement.FollowUpCause;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * The next step of an alert's follow-up: ACKNOWLEDGED → CONTACTED (who, when, how) → RESOLVED (with the cause)
 * or DISMISSED. Steps may be skipped, never taken back. The version it is based on travels in If-Match.
 */
public record FollowUpRequest(
        @NotNull @Schema(example = "CONTACTED") AlertStatus status,
        @Size(max = 200) @Schema(description = "Who spoke with the partner; the caller if left out.", example = "Petra Jansen") String contactedBy,
        @Schema(description = "When; now if left out.", example = "2026-11-20T17:30:00+01:00") OffsetDateTime contactedAt,
        @Schema(description = "How, in the contact log's words; required for CONTACTED. PHONE, IN_PERSON, VIDEO and EMAIL are read as deprecated aliases.", example = "CALL") ContactChannel contactChannel,
        @Schema(description = "Why the partner drifted away; required for RESOLVED.", example = "PERSONAL_REASONS") FollowUpCause cause,
        @Size(max = 2000) @Schema(example = "Pflegt seine Mutter; möchte im Frühjahr wieder mitmachen.") String note) {
}
