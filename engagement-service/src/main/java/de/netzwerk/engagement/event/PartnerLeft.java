package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** partner-service's {@code partner-left.v1}: a partner left the network; nobody should be alerted about them any more. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerLeft(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotNull OffsetDateTime leftAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.partner-left.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.partner(partnerId));
    }
}
