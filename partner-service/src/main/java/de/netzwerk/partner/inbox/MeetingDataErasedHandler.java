package de.netzwerk.partner.inbox;

import de.netzwerk.partner.service.PartnerErasure;
import jakarta.inject.Singleton;

/** meeting-service's confirmation of an erasure, on {@code meeting-events}; a singleton, as the shared base class leaves no room for a proxy. */
@Singleton
class MeetingDataErasedHandler extends PartnerDataErasedHandler {

    MeetingDataErasedHandler(EventPayloads payloads, PartnerErasure erasures) {
        super(payloads, erasures, "meeting");
    }
}
