package de.netzwerk.task.service;

import de.netzwerk.task.repository.DeadlineNoticeRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deadline clock: publishes task-due-soon, task-overdue and its escalation when a task reaches each
 * threshold, in the network's time zone (as partner-service last published it), once per task, threshold and due
 * date — across restarts (the notices are rows in the database) and with several instances (see
 * {@link DeadlineNotices}). A task whose due date moves starts over with the new date; one moved into the future
 * is simply not overdue any more.
 *
 * <p>Runs on a schedule ({@code netzwerk.deadline-clock.every}); {@link #scanAt(Instant)} runs one scan at a
 * given moment, for tests and the benchmark.
 */
@ApplicationScoped
public class DeadlineClock {

    private static final Logger LOG = Logger.getLogger(DeadlineClock.class);

    private final DeadlineNotices notices;
    private final NetworkSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;
    private volatile boolean stopping;

    DeadlineClock(DeadlineNotices notices, NetworkSettings settings, Clock clock, MeterRegistry metrics) {
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(identity = "deadline-clock", every = "${netzwerk.deadline-clock.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!stopping) {
            scanAt(clock.instant());
        }
    }

    /** The scheduler may fire once more while the application shuts down; by then the database may be gone. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** One full scan as of {@code now}: every notice due is published before it returns. */
    public List<DeadlineNotices.Notice> scanAt(Instant now) {
        long started = System.nanoTime();
        List<DeadlineNotices.Notice> published = new ArrayList<>();
        Map<String, ZoneId> outsideTheDefaultZone = settings.outsideTheDefaultZone();
        Map<ZoneId, Set<String>> ownZones = outsideTheDefaultZone.entrySet().stream().collect(
                Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        published.addAll(scan(new DeadlineNoticeRepository.Networks(outsideTheDefaultZone.keySet(), true),
                NetworkSettings.DEFAULT_ZONE, now));
        ownZones.forEach((zone, networks) -> published.addAll(scan(new DeadlineNoticeRepository.Networks(networks, false), zone, now)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Timer.builder("netzwerk.deadline.clock.scan").description("One scan of the deadline clock")
                .register(metrics).record(took);
        published.forEach(notice -> metrics.counter("netzwerk.deadline.notices", "threshold",
                notice.threshold().name()).increment());
        if (!published.isEmpty()) {
            LOG.infof("Deadline clock: %d notices published in %d ms", published.size(), took.toMillis());
        }
        return published;
    }

    private List<DeadlineNotices.Notice> scan(DeadlineNoticeRepository.Networks networks, ZoneId zone, Instant now) {
        List<DeadlineNotices.Notice> published = new ArrayList<>();
        DeadlineNoticeRepository.Cursor cursor = null;
        while (true) {
            DeadlineNotices.Batch batch = notices.claimAndPublish(networks, zone, now, cursor);
            published.addAll(batch.published());
            if (batch.claimed() < notices.batchSize()) {
                return published;
            }
            cursor = batch.next();
        }
    }
}
