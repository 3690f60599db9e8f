package de.netzwerk.engagement.position;

import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The ids of the events this request wrote to the outbox, in the order written. */
@RequestScoped
public class WrittenEvents {

    private final List<UUID> ids = new ArrayList<>();

    void add(UUID eventId) {
        ids.add(eventId);
    }

    public List<UUID> ids() {
        return List.copyOf(ids);
    }
}
