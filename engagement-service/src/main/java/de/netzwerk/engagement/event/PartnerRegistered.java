package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/**
 * partner-service's {@code partner-registered.v1}: a partner joined the network's directory. Engagement needs only
 * to know that they are a partner of this network (and of no other), before anything else is known about them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerRegistered(
        @NotBlank String networkId,
        @NotNull UUID partnerId) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.partner-registered.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.partner(partnerId));
    }
}
