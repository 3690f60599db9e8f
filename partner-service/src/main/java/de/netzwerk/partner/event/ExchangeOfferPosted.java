package de.netzwerk.partner.event;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner offered something in the resource exchange. Kind, tags and dates only: the description stays here. */
public record ExchangeOfferPosted(String networkId, UUID offerId, UUID partnerId, ExchangeKind kind, List<String> tags,
        LocalDate validUntil, UUID meetingId, OffsetDateTime postedAt) implements PublishedEvent {

    public static ExchangeOfferPosted of(ExchangeEntry offer) {
        return new ExchangeOfferPosted(offer.networkId, offer.id, offer.partnerId, offer.kind, List.copyOf(offer.tags),
                offer.validUntil, offer.meetingId, offer.postedAt);
    }

    @Override
    public String eventType() {
        return "exchange-offer-posted.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
