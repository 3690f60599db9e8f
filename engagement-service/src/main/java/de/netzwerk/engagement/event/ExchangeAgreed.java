package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** partner-service's {@code exchange-agreed.v1}: two partners agreed to exchange, a sign of life of both. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExchangeAgreed(
        @NotBlank String networkId,
        @NotNull UUID matchId,
        @NotNull UUID offeringPartnerId,
        @NotNull UUID needingPartnerId,
        @NotNull OffsetDateTime agreedAt) implements ExchangeEvent {

    public static final String TYPE = "de.netzwerk.partner.exchange-agreed.v1";

    @Override
    public List<Part> parts() {
        return List.of(new Part(offeringPartnerId, Activity.AGREED, matchId, agreedAt),
                new Part(needingPartnerId, Activity.AGREED, matchId, agreedAt));
    }

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.partner(offeringPartnerId), Subject.partner(needingPartnerId));
    }
}
