package de.netzwerk.task.position;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The ids of the events one request wrote to the outbox ({@link WrittenEvents}). */
@RequestScoped
class RequestWrites {

    private final List<UUID> ids = new ArrayList<>();

    void add(UUID eventId) {
        ids.add(eventId);
    }

    List<UUID> ids() {
        return List.copyOf(ids);
    }
}
