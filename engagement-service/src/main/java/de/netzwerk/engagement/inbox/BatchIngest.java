package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.repository.FactStore;
import de.netzwerk.engagement.repository.ReplayLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a batch of events in one transaction: their ids are recorded (a redelivered id takes no effect), their
 * facts written, and the partners they touch queued for assessment — all committed together or not at all.
 */
@ApplicationScoped
public class BatchIngest {

    private final FactStore facts;
    private final EngagementStore store;
    private final ReplayLock replayLock;

    BatchIngest(FactStore facts, EngagementStore store, ReplayLock replayLock) {
        this.facts = facts;
        this.store = store;
        this.replayLock = replayLock;
    }

    public record Decoded(UUID id, String type, ConsumedEvent data) {
    }

    /** Live events: wait while a replay rebuilds the facts, and queue the partners for assessment. */
    @Transactional
    public Outcome applyLive(List<Decoded> events) {
        replayLock.awaitShared();
        return apply(events, true);
    }

    /** Replayed events: the replay assesses everyone once at its end. */
    @Transactional
    public Outcome applyReplayed(List<Decoded> events) {
        return apply(events, false);
    }

    public record Outcome(int applied, List<Decoded> duplicates) {
    }

    private Outcome apply(List<Decoded> events, boolean queueForAssessment) {
        try {
            Set<UUID> fresh = facts.recordFirstDeliveries(events.stream().map(Decoded::id).toList(),
                    events.stream().map(Decoded::type).toList());
            List<ConsumedEvent> toApply = new ArrayList<>();
            List<Decoded> duplicates = new ArrayList<>();
            for (Decoded event : events) {
                // A batch may hold the same id twice (a redelivery next to the original): only the first counts.
                if (fresh.remove(event.id())) {
                    toApply.add(event.data());
                } else {
                    duplicates.add(event);
                }
            }
            Set<FactStore.Touched> touched = facts.apply(toApply);
            if (queueForAssessment) {
                store.queue(touched.stream().collect(Collectors.toMap(FactStore.Touched::partnerId,
                        FactStore.Touched::networkId, (same, again) -> same)));
            }
            return new Outcome(toApply.size(), duplicates);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply a batch of events: " + e.getMessage(), e);
        }
    }
}
