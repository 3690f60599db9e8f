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
 * A partner joined the directory. Carries what other services need: ids, codes, lower-case expertise tags and a date —
 * never a name, contact data or the partner's own free text (their offers and interests stay here, where they can be
 * erased; a topic cannot forget them).
 */
public record PartnerRegistered(String networkId, UUID partnerId, PartnerKind kind, Sector sector, PartnerStatus status,
        List<String> expertise, OffsetDateTime registeredAt) implements PublishedEvent {

    public static PartnerRegistered of(Partner partner) {
        return new PartnerRegistered(partner.networkId, partner.id, partner.kind, partner.sector, partner.status,
                List.copyOf(partner.expertise), partner.createdAt);
    }

    @Override
    public String eventType() {
        return "partner-registered.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
