package de.netzwerk.partner.inbox;

import java.util.UUID;

/**
 * An event that can never be processed as it is (unparseable, an unknown version, failing validation, placing a
 * partner, group or goal in another network than their own).
 * The consumer sends it to its dead-letter topic with this message as the reason, and goes on.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String reason) {
        super(reason);
    }

    public UnprocessableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The event names a partner, group or goal as of its network while it is known to be of another one. */
    public static UnprocessableEventException ofAnotherNetwork(String kind, UUID id, String knownNetwork,
            IncomingEvent event) {
        return new UnprocessableEventException("%s %s is of network %s, the event names it in network %s"
                .formatted(kind, id, knownNetwork, event.networkId()));
    }
}
