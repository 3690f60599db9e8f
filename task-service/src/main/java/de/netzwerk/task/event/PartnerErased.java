package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The fields task-service reads from partner-service's {@code partner-erased.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerErased(@NotBlank String networkId, @NotNull UUID partnerId, @NotNull UUID erasureId,
        @NotNull OffsetDateTime erasedAt) {

    public static final String TYPE = "de.netzwerk.partner.partner-erased.v1";
}
