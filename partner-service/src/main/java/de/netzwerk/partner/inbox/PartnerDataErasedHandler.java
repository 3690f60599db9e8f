package de.netzwerk.partner.inbox;

import de.netzwerk.partner.Erasure;
import de.netzwerk.partner.event.PartnerDataErased;
import de.netzwerk.partner.service.PartnerErasure;

/**
 * A service's confirmation that it erased what it held about a partner is recorded on the erasure, once per service
 * (issue 14, item 2). Refused to the dead-letter topic: an erasure not known here, one of another network or partner
 * than the event names, a confirmation in another service's name than the topic's producer.
 */
abstract class PartnerDataErasedHandler implements EventHandler {

    private final EventPayloads payloads;
    private final PartnerErasure erasures;
    private final String producer;

    /** {@code producer}: the short name in the event type ({@code meeting}), the service is {@code meeting-service}. */
    PartnerDataErasedHandler(EventPayloads payloads, PartnerErasure erasures, String producer) {
        this.payloads = payloads;
        this.erasures = erasures;
        this.producer = producer;
    }

    @Override
    public String type() {
        return PartnerDataErased.type(producer);
    }

    @Override
    public void handle(IncomingEvent event) {
        PartnerDataErased erased = payloads.read(event, PartnerDataErased.class);
        event.requireHeadersMatch(erased.networkId(), erased.partnerId());
        String service = producer + "-service";
        if (!service.equals(erased.service())) {
            throw new UnprocessableEventException("service " + erased.service() + " cannot confirm in the name of " + service);
        }
        Erasure erasure = erasures.forConfirmation(erased.erasureId()).orElseThrow(
                () -> new UnprocessableEventException("erasure " + erased.erasureId() + " is not known here"));
        if (!erasure.networkId.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("erasure", erasure.id, erasure.networkId, event);
        }
        if (!erasure.partnerId.equals(erased.partnerId())) {
            throw new UnprocessableEventException("erasure " + erasure.id + " is of another partner than " + erased.partnerId());
        }
        erasures.confirm(erasure, service, erased.erasedAt());
    }
}
