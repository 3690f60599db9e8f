package de.netzwerk.task;

import java.util.Objects;
import java.util.UUID;

/**
 * The key of what task-service keeps of another service's object (a partner, group or strategic goal): the network
 * it belongs to and its id. Nothing is found or written without naming the network, and an entity's key never
 * changes, so no request or event of one network can reach or move another's.
 */
public record NetworkKey(String networkId, UUID id) {

    public NetworkKey {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(id, "id");
    }
}
