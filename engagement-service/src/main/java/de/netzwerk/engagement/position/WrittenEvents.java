package de.netzwerk.engagement.position;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Which events the request being handled wrote to the outbox: {@code Outbox} tells each event it writes, and a write
 * with {@code Prefer: position} is answered the position of those events. Events written outside a request (by a
 * consumer, a scheduled job) belong to no one and are not kept.
 */
@ApplicationScoped
public class WrittenEvents {

    private final RequestWrites ofRequest;

    WrittenEvents(RequestWrites ofRequest) {
        this.ofRequest = ofRequest;
    }

    /** Called in the transaction that writes the event; a write that rolls back fails, and is answered no position. */
    public void written(UUID eventId) {
        if (Arc.container().requestContext().isActive()) {
            ofRequest.add(eventId);
        }
    }

    /** The events written by the request being handled, in the order written. */
    List<UUID> ofThisRequest() {
        return ofRequest.ids();
    }
}
