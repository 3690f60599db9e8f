package de.netzwerk.engagement.rest.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's objection to being scored (GDPR Art. 21). */
public record ScoringObjectionRequest(
        @Size(max = 2000)
        @Schema(description = "The partner's own words, if they want to give any. Shown to them and to coordinators, "
                + "never to integrations, never published.",
                example = "Ich möchte nicht, dass meine Teilnahme bewertet wird.") String reason) {
}
