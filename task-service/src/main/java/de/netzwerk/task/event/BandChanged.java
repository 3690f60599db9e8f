package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.netzwerk.task.PartnerBand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The fields task-service reads from engagement-service's {@code band-changed.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BandChanged(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotNull PartnerBand.Band band,
        @Min(0) @Max(100) int score,
        @NotNull OffsetDateTime changedAt) {

    public static final String TYPE = "de.netzwerk.engagement.band-changed.v1";
}
