package de.netzwerk.partner.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What partner-service reads of another service's {@code personal-data-exported.v1} on {@code personal-data-exports}
 * (meeting-service's schema is the reference; task- and engagement-service's share its envelope): the export it
 * answers and its part, kept as it was sent. Other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonalDataExported(@NotBlank String networkId, @NotNull UUID partnerId, @NotNull UUID exportId,
        @NotBlank String service, @NotNull OffsetDateTime exportedAt, @NotNull JsonNode part) {

    public static String type(String producer) {
        return "de.netzwerk." + producer + ".personal-data-exported.v1";
    }
}
