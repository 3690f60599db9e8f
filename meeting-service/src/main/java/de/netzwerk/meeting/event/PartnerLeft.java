package de.netzwerk.meeting.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The fields meeting-service reads from partner-service's {@code partner-left.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerLeft(@NotBlank String networkId, @NotNull UUID partnerId, @NotNull OffsetDateTime leftAt) {

    public static final String TYPE = "de.netzwerk.partner.partner-left.v1";
}
