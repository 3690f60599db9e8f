package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Erasure;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** meeting-service has erased what it held about a partner: its confirmation of one erasure request. */
public record PartnerDataErased(String networkId, UUID partnerId, UUID erasureId, OffsetDateTime erasedAt,
        String service) implements PublishedEvent {

    public static final String SERVICE = "meeting-service";

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
