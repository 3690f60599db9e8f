package de.netzwerk.task.event;

import de.netzwerk.task.Erasure;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * task-service has erased what it held about a partner: its confirmation of one erasure request.
 * Schema: {@code asyncapi/schemas/partner-data-erased.v1.json}.
 */
public record PartnerDataErased(String networkId, UUID partnerId, UUID erasureId, OffsetDateTime erasedAt,
        String service) implements PublishedEvent {

    public static final String SERVICE = "task-service";

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
