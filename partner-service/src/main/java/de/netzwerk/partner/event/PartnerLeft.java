package de.netzwerk.partner.event;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner left the network. Their history stays; their open tasks need new owners. */
public record PartnerLeft(String networkId, UUID partnerId, OffsetDateTime leftAt) implements PublishedEvent {

    public static PartnerLeft of(Partner partner) {
        return new PartnerLeft(partner.networkId, partner.id, partner.updatedAt);
    }

    @Override
    public String eventType() {
        return "partner-left.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
