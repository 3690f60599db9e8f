package de.netzwerk.partner.service;

import de.netzwerk.partner.config.LeftPartnersConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A partner who left keeps email and phone for {@code netzwerk.partners.left-contact-retention} (default 30 days),
 * unless they consented to stay listed; then both are removed (see {@link LeftPartnersContactData}). Runs on a
 * schedule ({@code netzwerk.partners.left-contact-removal.every}) on every instance; they share the work.
 */
@ApplicationScoped
public class ContactDataRetentionJob {

    private static final Logger LOG = Logger.getLogger(ContactDataRetentionJob.class);

    private final LeftPartnersContactData contactData;
    private final LeftPartnersConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private volatile boolean stopping;

    ContactDataRetentionJob(LeftPartnersContactData contactData, LeftPartnersConfig config, Clock clock,
            MeterRegistry metrics) {
        this.contactData = contactData;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(identity = "left-partners-contact-data", every = "${netzwerk.partners.left-contact-removal.every}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!stopping) {
            removeDue();
        }
    }

    /** The scheduler may fire once more while the application shuts down; by then the database may be gone. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Removes the contact data of everyone whose grace period has passed by now. */
    public int removeDue() {
        return removeLeftBefore(OffsetDateTime.now(clock).minus(config.leftContactRetention()));
    }

    /** Removes the contact data of everyone who left before {@code cutoff} and did not consent to stay listed. */
    public int removeLeftBefore(OffsetDateTime cutoff) {
        int batchSize = config.leftContactRemoval().batchSize();
        int total = 0;
        int removed;
        do {
            removed = contactData.removeBatch(cutoff, batchSize);
            total += removed;
        } while (removed == batchSize);
        if (total > 0) {
            metrics.counter("netzwerk.partners.left.contact-data.removed").increment(total);
            LOG.infof("Removed the contact data of %d partners who left before %s", total, cutoff);
        }
        return total;
    }
}
