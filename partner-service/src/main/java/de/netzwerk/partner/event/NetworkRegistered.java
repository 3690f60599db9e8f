package de.netzwerk.partner.event;

import de.netzwerk.partner.Network;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;

/**
 * A network was registered. With {@link NetworkUpdated} the one source of truth for a network's time zone and
 * language, which the other services replicate for due days, streaks, meeting defaults and calendars. The
 * network's name is left out: it is not personal data, but no consumer reads it, and a copy nobody reads is one
 * more to keep in step. {@code version} orders this event and every later update. Key: the network id.
 */
public record NetworkRegistered(String networkId, String timeZone, String defaultLanguage, long version,
        OffsetDateTime registeredAt) implements PublishedEvent {

    public static NetworkRegistered of(Network network) {
        return new NetworkRegistered(network.id, network.timeZone, network.defaultLanguage, network.version,
                network.createdAt);
    }

    @Override
    public String eventType() {
        return "network-registered.v1";
    }

    @Override
    public String subject() {
        return networkId;
    }
}
