package de.netzwerk.engagement.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * partner-service's resource exchange (issue 15): a partner who posts an offer or a need, or takes part in an
 * exchange that was agreed or took place, is not silent. Each event is a sign of life of the partners it names, by its
 * own date; it never moves a score.
 */
public sealed interface ExchangeEvent extends ConsumedEvent
        permits ExchangeOfferPosted, ExchangeNeedPosted, ExchangeAgreed, ExchangeCompleted {

    /** What a partner did in the exchange. */
    enum Activity {
        OFFER_POSTED,
        NEED_POSTED,
        AGREED,
        COMPLETED
    }

    /**
     * One partner's part in the event.
     *
     * @param referenceId the offer, the need or the match
     */
    record Part(UUID partnerId, Activity activity, UUID referenceId, OffsetDateTime occurredAt) {
    }

    /** The part of each partner the event names. */
    List<Part> parts();
}
