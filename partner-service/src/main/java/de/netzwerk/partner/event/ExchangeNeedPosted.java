package de.netzwerk.partner.event;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner said what they need in the resource exchange. Kind, tags and dates only: the description stays here. */
public record ExchangeNeedPosted(String networkId, UUID needId, UUID partnerId, ExchangeKind kind, List<String> tags,
        LocalDate validUntil, UUID meetingId, OffsetDateTime postedAt) implements PublishedEvent {

    public static ExchangeNeedPosted of(ExchangeEntry need) {
        return new ExchangeNeedPosted(need.networkId, need.id, need.partnerId, need.kind, List.copyOf(need.tags),
                need.validUntil, need.meetingId, need.postedAt);
    }

    @Override
    public String eventType() {
        return "exchange-need-posted.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
