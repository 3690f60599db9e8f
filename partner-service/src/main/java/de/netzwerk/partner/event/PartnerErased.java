package de.netzwerk.partner.event;

import de.netzwerk.partner.Erasure;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's personal data was erased here; every other service erases its part and confirms with its own
 * {@code partner-data-erased.v1} naming {@code erasureId}. Ids and a time only. Key: the partner id.
 */
public record PartnerErased(String networkId, UUID partnerId, UUID erasureId, OffsetDateTime erasedAt)
        implements PublishedEvent {

    public static PartnerErased of(Erasure erasure) {
        return new PartnerErased(erasure.networkId, erasure.partnerId, erasure.id, erasure.requestedAt);
    }

    @Override
    public String eventType() {
        return "partner-erased.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
