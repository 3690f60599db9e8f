package de.netzwerk.partner.inbox;

import de.netzwerk.partner.service.PartnerErasure;
import jakarta.inject.Singleton;

/** engagement-service's confirmation of an erasure, on {@code engagement-events}; a singleton, as the shared base class leaves no room for a proxy. */
@Singleton
class EngagementDataErasedHandler extends PartnerDataErasedHandler {

    EngagementDataErasedHandler(EventPayloads payloads, PartnerErasure erasures) {
        super(payloads, erasures, "engagement");
    }
}
