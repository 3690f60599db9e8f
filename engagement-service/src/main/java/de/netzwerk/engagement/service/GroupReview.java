package de.netzwerk.engagement.service;

import de.netzwerk.engagement.repository.ReplayLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The groups whose members were assessed since the queue was last empty, to be looked at as a whole (is the group
 * dying?) once the round is over: a group's health reads all its members' bands, so it is read once per round,
 * not once per member assessed. Kept in memory: what a restart loses comes back with the next assessment of the
 * members, at the latest the daily one.
 */
@ApplicationScoped
public class GroupReview {

    record Group(String networkId, UUID groupId) {
    }

    private final GroupHealthService health;
    private final ReplayLock replayLock;
    private final Set<Group> pending = new HashSet<>();

    GroupReview(GroupHealthService health, ReplayLock replayLock) {
        this.health = health;
        this.replayLock = replayLock;
    }

    public synchronized void note(String network, UUID group) {
        pending.add(new Group(network, group));
    }

    /** Reviews every group noted, unless a replay is rebuilding the facts: then they wait for the next round. */
    public void reviewPending() {
        Set<Group> groups;
        synchronized (this) {
            groups = Set.copyOf(pending);
            pending.clear();
        }
        for (Group group : groups) {
            boolean reviewed = QuarkusTransaction.requiringNew().call(() -> {
                if (!replayLock.tryShared()) {
                    return false;
                }
                health.review(group.networkId(), group.groupId());
                return true;
            });
            if (!reviewed) {
                note(group.networkId(), group.groupId());
            }
        }
    }
}
