package de.netzwerk.partner.event;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A partner's profile changed; the event carries the new state of what consumers use: ids, codes and lower-case
 * expertise tags — never a name, contact data or the partner's own free text (see {@link PartnerRegistered}).
 */
public record PartnerUpdated(String networkId, UUID partnerId, PartnerKind kind, Sector sector, PartnerStatus status,
        List<String> expertise, long version, OffsetDateTime updatedAt) implements PublishedEvent {

    public static PartnerUpdated of(Partner partner) {
        return new PartnerUpdated(partner.networkId, partner.id, partner.kind, partner.sector, partner.status,
                List.copyOf(partner.expertise), partner.version, partner.updatedAt);
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
