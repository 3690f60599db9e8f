package de.netzwerk.partner.feed;

import de.netzwerk.partner.outbox.PublishedEvent;

import java.util.UUID;

/** A test-only event: what the feed serves must not depend on which event it carries. */
record FeedProbe(String networkId, UUID partnerId, UUID marker) implements PublishedEvent {

    static FeedProbe in(String networkId) {
        return about(networkId, UUID.randomUUID());
    }

    static FeedProbe about(String networkId, UUID partnerId) {
        return new FeedProbe(networkId, partnerId, UUID.randomUUID());
    }

    @Override
    public String eventType() {
        return "feed-probe.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
