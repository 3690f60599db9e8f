package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The fields task-service reads from partner-service's {@code personal-data-export-requested.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonalDataExportRequested(@NotBlank String networkId, @NotNull UUID partnerId, @NotNull UUID exportId,
        @NotNull OffsetDateTime requestedAt) {

    public static final String TYPE = "de.netzwerk.partner.personal-data-export-requested.v1";
}
