package de.netzwerk.partner.event;

import de.netzwerk.partner.Network;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;

/**
 * A network's time zone or language changed; carries both as they now stand (see {@link NetworkRegistered}).
 * A change of the name alone publishes nothing. {@code version} is the network's, raised by every change: a
 * consumer keeps the settings of the highest version it has seen and ignores an older event arriving late.
 */
public record NetworkUpdated(String networkId, String timeZone, String defaultLanguage, long version,
        OffsetDateTime updatedAt) implements PublishedEvent {

    public static NetworkUpdated of(Network network) {
        return new NetworkUpdated(network.id, network.timeZone, network.defaultLanguage, network.version,
                network.updatedAt);
    }

    @Override
    public String eventType() {
        return "network-updated.v1";
    }

    @Override
    public String subject() {
        return networkId;
    }
}
