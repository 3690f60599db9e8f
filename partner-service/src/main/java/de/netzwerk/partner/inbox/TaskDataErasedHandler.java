package de.netzwerk.partner.inbox;

import de.netzwerk.partner.service.PartnerErasure;
import jakarta.inject.Singleton;

/** task-service's confirmation of an erasure, on {@code task-events}; a singleton, as the shared base class leaves no room for a proxy. */
@Singleton
class TaskDataErasedHandler extends PartnerDataErasedHandler {

    TaskDataErasedHandler(EventPayloads payloads, PartnerErasure erasures) {
        super(payloads, erasures, "task");
    }
}
