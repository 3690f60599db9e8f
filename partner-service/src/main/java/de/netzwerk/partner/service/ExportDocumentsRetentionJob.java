package de.netzwerk.partner.service;

import de.netzwerk.partner.config.PersonalDataExportConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * A finished personal-data export keeps its document (personal data of every service) for
 * {@code netzwerk.personal-data-export.retention} (default a day) after it completed — or after the parts were due, for
 * one that never completed — and then loses it ({@link ExportDocuments}); the export stays with ids and times and reads
 * EXPIRED. Runs on a schedule ({@code netzwerk.personal-data-export.removal.every}) on every instance; they share the
 * work.
 */
@ApplicationScoped
public class ExportDocumentsRetentionJob {

    private static final Logger LOG = Logger.getLogger(ExportDocumentsRetentionJob.class);
    private static final int BATCH_SIZE = 100;

    private final ExportDocuments documents;
    private final PersonalDataExportConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;
    private volatile boolean stopping;

    ExportDocumentsRetentionJob(ExportDocuments documents, PersonalDataExportConfig config, Clock clock,
            MeterRegistry metrics) {
        this.documents = documents;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(identity = "personal-data-export-documents", every = "${netzwerk.personal-data-export.removal.every}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!stopping) {
            deleteDue();
        }
    }

    /** The scheduler may fire once more while the application shuts down; by then the database may be gone. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Deletes every document whose retention has passed by now. */
    public int deleteDue() {
        return deleteDueAt(OffsetDateTime.now(clock));
    }

    /** Deletes every document whose retention has passed at {@code moment}. */
    public int deleteDueAt(OffsetDateTime moment) {
        OffsetDateTime completedBefore = moment.minus(config.retention());
        OffsetDateTime requestedBefore = completedBefore.minus(config.partsExpectedWithin());
        int total = 0;
        int deleted;
        do {
            deleted = documents.deleteBatch(completedBefore, requestedBefore, BATCH_SIZE);
            total += deleted;
        } while (deleted == BATCH_SIZE);
        if (total > 0) {
            metrics.counter("netzwerk.personal-data-export.documents.deleted").increment(total);
            LOG.infof("Deleted the documents of %d personal-data exports finished before %s", total, completedBefore);
        }
        return total;
    }
}
