package de.netzwerk.engagement.event;

import de.netzwerk.engagement.Erasure;
import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code engagement.partner-data-erased.v1}: engagement-service's confirmation of one erasure request. */
public record PartnerDataErased(String networkId, UUID partnerId, UUID erasureId, OffsetDateTime erasedAt,
        String service) implements PublishedEvent {

    public static final String SERVICE = "engagement-service";

    public static PartnerDataErased of(Erasure erasure, UUID partnerId) {
        return new PartnerDataErased(erasure.networkId, partnerId, erasure.erasureId, erasure.completedAt, SERVICE);
    }

    @Override
    public String eventType() {
        return "partner-data-erased.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
