package de.netzwerk.partner.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.netzwerk.partner.ContactChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields partner-service reads from engagement-service's {@code partner-contacted.v1} (consumed, not published:
 * the producer's schema is engagement-service's {@code asyncapi/schemas/partner-contacted.v1.json}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerContacted(
        @NotBlank String networkId,
        @NotNull UUID partnerId,
        @NotNull UUID alertId,
        @NotNull ContactChannel channel,
        @NotNull OffsetDateTime contactedAt,
        @NotBlank String occasion) {

    public static final String TYPE = "de.netzwerk.engagement.partner-contacted.v1";

    /** The one occasion so far: a coordinator following up a disengagement alert. */
    public static final String ALERT_FOLLOW_UP = "ALERT_FOLLOW_UP";
}
