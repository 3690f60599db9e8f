package de.netzwerk.partner.feed;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Keeps the change feed's journal to {@code netzwerk.feed.retention} (default 30 days): older events are removed in
 * small batches, each its own transaction. Runs on a schedule ({@code netzwerk.feed.removal.every}) on every
 * instance; they share the work, a batch removed by one is not found by another.
 */
@ApplicationScoped
public class JournalRetention {

    private static final Logger LOG = Logger.getLogger(JournalRetention.class);

    private final FeedStore store;
    private final FeedConfig config;
    private final Clock clock;
    private volatile boolean stopping;

    JournalRetention(FeedStore store, FeedConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "feed-journal-retention", every = "${netzwerk.feed.removal.every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!stopping) {
            removeExpired();
        }
    }

    /** The scheduler may fire once more while the application shuts down; by then the database may be gone. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Removes every event published longer than the retention ago; returns how many. */
    public int removeExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.retention());
        int batchSize = config.removal().batchSize();
        int total = 0;
        int removed;
        do {
            removed = store.removePublishedBefore(cutoff, batchSize);
            total += removed;
        } while (removed == batchSize && !stopping);
        if (total > 0) {
            LOG.infof("Removed %d events published before %s from the change feed's journal", total, cutoff);
        }
        return total;
    }
}
