package de.netzwerk.task.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Publishes the outbox continuously. It wakes when a transaction that wrote events commits (the table's
 * trigger sends a PostgreSQL NOTIFY, which is delivered only on commit), and otherwise every poll interval.
 * While the broker is unreachable it retries with a growing pause, and the events wait in the table.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String CHANNEL = "outbox_event";

    private final OutboxPublisher publisher;
    private final AgroalDataSource dataSource;
    private final OutboxConfig config;

    private volatile boolean running;
    private Thread thread;
    private Connection listening;

    OutboxRelay(OutboxPublisher publisher, AgroalDataSource dataSource, OutboxConfig config) {
        this.publisher = publisher;
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relay);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(Duration.ofSeconds(10));
    }

    private void relay() {
        int failures = 0;
        while (running) {
            try {
                int published = publisher.publishPending();
                if (failures > 0) {
                    LOG.infof("Outbox relay publishes again after %d failed attempts", failures);
                    failures = 0;
                }
                if (published < config.batchSize()) {
                    awaitCommit(config.pollInterval());
                }
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                if (failures == 1) {
                    LOG.warnf("Outbox relay cannot publish; events wait in the outbox until it can: %s", rootCause(e));
                }
                pause(backoff(failures));
            }
        }
        closeListening();
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

    private void awaitCommit(Duration timeout) {
        try {
            if (listening == null) {
                listening = dataSource.getConnection();
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
            }
            listening.unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
        } catch (SQLException e) {
            LOG.debugf("Outbox relay lost its LISTEN connection (%s); polling until it is back", e.getMessage());
            closeListening();
            pause(timeout);
        }
    }

    private void closeListening() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // The connection is broken anyway; the pool discards it.
            }
            listening = null;
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
