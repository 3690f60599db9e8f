package de.netzwerk.engagement.service;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.scoring.Band;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads stored assessments for the API. */
@ApplicationScoped
@Transactional
public class EngagementQueries {

    private final EngagementStore store;
    private final AssessmentQueue queue;
    private final AssessmentRounds rounds;

    EngagementQueries(EngagementStore store, AssessmentQueue queue, AssessmentRounds rounds) {
        this.store = store;
        this.queue = queue;
        this.rounds = rounds;
    }

    public record StoredPage(List<EngagementStore.Stored> items, long total) {
    }

    public StoredPage page(String network, Band band, OffsetDateTime updatedSince, EngagementStore.Order order, int offset,
            int limit) {
        return new StoredPage(store.page(network, band, updatedSince, order, offset, limit),
                store.count(network, band, updatedSince));
    }

    public Optional<EngagementStore.Stored> stored(String network, UUID partner) {
        PartnerKey key = new PartnerKey(network, partner);
        return Optional.ofNullable(store.load(List.of(key)).get(key));
    }

    /**
     * Partners waiting to be assessed, over all networks (operations), counting those taken off the queue whose
     * assessment is under way: 0 means every assessment asked for has committed.
     */
    public long pendingAssessments() {
        return queue.waiting() + rounds.inProgress();
    }
}
