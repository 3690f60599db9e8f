package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** partner-service's {@code exchange-completed.v1}: an agreed exchange took place, a sign of life of both partners. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExchangeCompleted(
        @NotBlank String networkId,
        @NotNull UUID matchId,
        @NotNull UUID offeringPartnerId,
        @NotNull UUID needingPartnerId,
        @NotNull OffsetDateTime completedAt) implements ExchangeEvent {

    public static final String TYPE = "de.netzwerk.partner.exchange-completed.v1";

    @Override
    public List<Part> parts() {
        return List.of(new Part(offeringPartnerId, Activity.COMPLETED, matchId, completedAt),
                new Part(needingPartnerId, Activity.COMPLETED, matchId, completedAt));
    }

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.partner(offeringPartnerId), Subject.partner(needingPartnerId));
    }
}
