package de.netzwerk.partner.event;

import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Two partners agreed to exchange: one's offer meets the other's need. Ids, kind and time only. Keyed by the match, so
 * that its agreement and completion stay in order.
 */
public record ExchangeAgreed(String networkId, UUID matchId, UUID offerId, UUID needId, UUID offeringPartnerId,
        UUID needingPartnerId, ExchangeKind kind, OffsetDateTime proposedAt, OffsetDateTime agreedAt) implements PublishedEvent {

    public static ExchangeAgreed of(ExchangeMatch match) {
        return new ExchangeAgreed(match.networkId, match.id, match.offerId, match.needId, match.offeringPartnerId,
                match.needingPartnerId, match.kind, match.proposedAt, match.agreedAt);
    }

    @Override
    public String eventType() {
        return "exchange-agreed.v1";
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
