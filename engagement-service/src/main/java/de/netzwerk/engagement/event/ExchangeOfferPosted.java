package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** partner-service's {@code exchange-offer-posted.v1}: a partner offered something (kind, tags and text not read). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExchangeOfferPosted(
        @NotBlank String networkId,
        @NotNull UUID offerId,
        @NotNull UUID partnerId,
        UUID meetingId,
        @NotNull OffsetDateTime postedAt) implements ExchangeEvent {

    public static final String TYPE = "de.netzwerk.partner.exchange-offer-posted.v1";

    @Override
    public List<Part> parts() {
        return List.of(new Part(partnerId, Activity.OFFER_POSTED, offerId, postedAt));
    }

    @Override
    public List<Subject> subjects() {
        return meetingId == null ? List.of(Subject.partner(partnerId))
                : List.of(Subject.partner(partnerId), Subject.meeting(meetingId));
    }
}
