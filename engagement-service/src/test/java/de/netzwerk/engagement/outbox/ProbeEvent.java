package de.netzwerk.engagement.outbox;

import java.util.UUID;

/** A test-only event: what the outbox does must not depend on which event it carries. */
record ProbeEvent(String networkId, UUID partnerId, UUID marker) implements PublishedEvent {

    static ProbeEvent about(UUID partnerId) {
        return new ProbeEvent("outbox-test", partnerId, UUID.randomUUID());
    }

    @Override
    public String eventType() {
        return "outbox-probe.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
