package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * partner-service's {@code partner-erased.v1}: the partner's personal data is to be erased everywhere (GDPR Art. 17).
 * It writes no fact: {@link de.netzwerk.engagement.service.PartnerErasure} deletes every row about the partner.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerErased(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotNull UUID erasureId,
        @NotNull OffsetDateTime erasedAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.partner-erased.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.partner(partnerId));
    }
}
