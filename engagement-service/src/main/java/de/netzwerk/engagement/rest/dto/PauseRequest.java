package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.PauseReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A pause: nothing in it counts against the partner, and no alert is raised. */
public record PauseRequest(
        @Schema(description = "First day of the pause; today if left out.", example = "2026-12-01") LocalDate startsOn,
        @NotNull @Schema(description = "Last day of the pause.", example = "2027-05-31") LocalDate until,
        @NotNull @Schema(example = "PARENTAL_LEAVE") PauseReason reason,
        @Size(max = 2000) @Schema(example = "Elternzeit bis Ende Mai") String note) {
}
