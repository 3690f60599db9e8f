package de.netzwerk.partner.event;

import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An agreed exchange took place. Ids, kind and times only; a side whose partner was erased meanwhile is null. Keyed
 * by the match, like its agreement.
 */
public record ExchangeCompleted(String networkId, UUID matchId, UUID offerId, UUID needId, UUID offeringPartnerId,
        UUID needingPartnerId, ExchangeKind kind, OffsetDateTime agreedAt, OffsetDateTime completedAt) implements PublishedEvent {

    public static ExchangeCompleted of(ExchangeMatch match) {
        return new ExchangeCompleted(match.networkId, match.id, match.offerId, match.needId, match.offeringPartnerId,
                match.needingPartnerId, match.kind, match.agreedAt, match.completedAt);
    }

    @Override
    public String eventType() {
        return "exchange-completed.v1";
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
