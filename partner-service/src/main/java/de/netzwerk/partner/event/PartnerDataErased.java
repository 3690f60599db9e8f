package de.netzwerk.partner.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields partner-service reads from a service's {@code partner-data-erased.v1}, its confirmation that it erased
 * what it held about a partner (consumed, not published: each producer's schema is in its own
 * {@code asyncapi/schemas/partner-data-erased.v1.json}, e.g. meeting-service's).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerDataErased(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotNull UUID erasureId,
        @NotNull OffsetDateTime erasedAt,
        @NotBlank String service) {

    /** The type each service publishes on its own topic, e.g. {@code de.netzwerk.meeting.partner-data-erased.v1}. */
    public static String type(String producer) {
        return "de.netzwerk." + producer + ".partner-data-erased.v1";
    }
}
