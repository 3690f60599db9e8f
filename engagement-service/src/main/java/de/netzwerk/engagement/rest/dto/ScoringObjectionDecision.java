package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.ObjectionStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What becomes of an open objection: a coordinator's decision, or the partner's withdrawal. */
public record ScoringObjectionDecision(
        @NotNull
        @Schema(description = "UPHELD or REJECTED (coordinators), WITHDRAWN (the partner, or a coordinator for them).",
                example = "REJECTED") ObjectionStatus status,
        @Size(max = 4000)
        @Schema(description = "Why the coordinator decided so. Required to reject: the compelling legitimate grounds "
                + "for scoring that override the partner's interests (GDPR Art. 21(1)).",
                example = "Die Steuerungsgruppe braucht die Einschätzung, um Patenschaften zu verteilen.") String justification) {
}
