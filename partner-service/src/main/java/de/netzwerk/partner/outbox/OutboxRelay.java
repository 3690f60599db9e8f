package de.netzwerk.partner.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox continuously while this instance {@link RelayLeadership leads}. It wakes when a transaction
 * that wrote events commits (the table's trigger sends a PostgreSQL NOTIFY, which is delivered only on commit), and
 * otherwise every poll interval, when an instance that does not lead also tries to take over. While the broker is
 * unreachable it retries with a growing pause, and the events wait in the table.
 *
 * <p>On shutdown it starts no new round, lets a round that is deleting what the broker acknowledged finish, gives
 * up one that is still waiting for the broker (its events stay for the next leader), and gives up the lead, all
 * within {@link #SHUTDOWN_WAIT}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Part of the Kubernetes grace period (30 s) left for the relay; see quarkus.shutdown.timeout. */
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final OutboxPublisher publisher;
    private final RelayLeadership leadership;
    private final OutboxConfig config;
    private final CountDownLatch stopping = new CountDownLatch(1);

    private Thread thread;

    OutboxRelay(OutboxPublisher publisher, RelayLeadership leadership, OutboxConfig config) {
        this.publisher = publisher;
        this.leadership = leadership;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relay);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping.countDown();
        publisher.abandon();
        if (!thread.join(SHUTDOWN_WAIT)) {
            LOG.warnf("Outbox relay did not stop within %s; what it had not deleted is published again", SHUTDOWN_WAIT);
        }
    }

    private boolean running() {
        return stopping.getCount() > 0;
    }

    private void relay() {
        int failures = 0;
        try {
            while (running()) {
                try {
                    int published = publisher.publishPending();
                    if (failures > 0) {
                        LOG.infof("Outbox relay publishes again after %d failed attempts", failures);
                        failures = 0;
                    }
                    if (published < config.batchSize() && running() && !leadership.awaitCommit(config.pollInterval())) {
                        pause(config.pollInterval());
                    }
                } catch (RuntimeException e) {
                    if (!running()) {
                        break;
                    }
                    failures++;
                    if (failures == 1) {
                        LOG.warnf("Outbox relay cannot publish; events wait in the outbox until it can: %s", rootCause(e));
                    }
                    pause(backoff(failures));
                }
            }
        } finally {
            leadership.release();
        }
    }

    /** The interceptors wrap what went wrong; the innermost message says it (e.g. the broker timing out). */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** 250 ms, doubling, at most the configured maximum. */
    private Duration backoff(int failures) {
        Duration pause = Duration.ofMillis(250L << Math.min(failures - 1, 10));
        return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
    }

    /** Sleeps, but not past the start of shutdown. */
    private void pause(Duration duration) {
        try {
            stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }
}
