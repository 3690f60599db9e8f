package de.netzwerk.meeting.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * How far publishing is behind, for operators ({@code /q/metrics}): {@code netzwerk_outbox_backlog_events} (rows
 * waiting) and {@code netzwerk_outbox_backlog_oldest_seconds} (how long the oldest has waited; 0 when none). A broker
 * outage shows as both growing while the API goes on answering. Counted at most every {@link #FRESH_FOR}, however
 * often Prometheus asks, so that scraping costs the database nothing worth measuring even with a large backlog.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final MeterRegistry metrics;

    private long countedAt;
    private double events;
    private double oldestSeconds;

    OutboxBacklog(AgroalDataSource dataSource, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.metrics = metrics;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder("netzwerk.outbox.backlog.events", this, backlog -> backlog.current()[0])
                .description("Events written to the outbox and not yet acknowledged by the broker")
                .register(metrics);
        Gauge.builder("netzwerk.outbox.backlog.oldest", this, backlog -> backlog.current()[1])
                .baseUnit("seconds")
                .description("How long the oldest event in the outbox has waited for the broker")
                .register(metrics);
    }

    private synchronized double[] current() {
        if (System.nanoTime() - countedAt > FRESH_FOR.toNanos() || countedAt == 0) {
            count();
            countedAt = System.nanoTime();
        }
        return new double[] { events, oldestSeconds };
    }

    private void count() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select count(*), coalesce(greatest(extract(epoch from now() - min(occurred_at)), 0), 0)
                        from outbox_event""")) {
            row.next();
            events = row.getLong(1);
            oldestSeconds = row.getDouble(2);
        } catch (SQLException e) {
            // The database is away: the last count stays, and the readiness check says what is wrong.
            LOG.debugf("Outbox backlog not counted: %s", e.getMessage());
        }
    }
}
