package de.netzwerk.partner.event;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner's profile changed; the event carries the new state of what consumers use (not contact data). */
public record PartnerUpdated(String networkId, UUID partnerId, PartnerKind kind, Sector sector, PartnerStatus status,
        List<String> expertise, String offers, long version, OffsetDateTime updatedAt) implements PublishedEvent {

    public static PartnerUpdated of(Partner partner) {
        return new PartnerUpdated(partner.networkId, partner.id, partner.kind, partner.sector, partner.status,
                List.copyOf(partner.expertise), partner.offers, partner.version, partner.updatedAt);
    }

    @Override
    public String eventType() {
        return "partner-updated.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
