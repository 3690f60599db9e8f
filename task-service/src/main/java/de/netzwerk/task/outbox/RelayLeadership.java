package de.netzwerk.task.outbox;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalDefaultSecurityProvider;
import io.agroal.api.security.AgroalSecurityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which instance of the service publishes: the one holding a session-level advisory lock on a connection it keeps
 * for as long as it leads. One publisher at a time keeps a partner's events in order; row locks with SKIP LOCKED
 * alone would let two instances publish a partner's consecutive events in parallel.
 *
 * <p>The lock lives on a connection of its own, outside any transaction, so that publishing holds no transaction
 * open while the broker takes its time. That connection is opened with the datasource's settings but not taken from
 * its pool: a pooled connection would keep the lock if it went back to the pool, and one that PostgreSQL closed
 * (which the pool does not always notice) would fail a request. The lock goes with the connection: if PostgreSQL
 * restarts or the connection breaks, another instance may take over at once. This one notices at its next
 * {@link #lead()} (a {@code select 1}), steps down and tries again. An instance that does not lead keeps its
 * connection too and tries the lock again at each round.
 *
 * <p>A round the former leader had begun may still reach the broker after the new leader's. Consumers skip the
 * repeated events by {@code ce_id}, and the first copy of a partner's event still comes before the first copy of
 * their next one: a round sends the oldest events in order, so whoever sends the next one has sent the earlier one
 * before, or found it deleted, which happens only once the broker holds it. {@link OutboxBatches#acknowledge}
 * journals each event once.
 *
 * <p>The leader also listens on that connection for the outbox's commit notifications (only the leader publishes,
 * so only it needs waking): one connection per instance for both. It shows in {@code pg_stat_activity} as
 * {@value #APPLICATION_NAME}.
 *
 * <p>Advisory locks are per database and every service has a database of its own, so one key serves them all.
 */
@ApplicationScoped
public class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    /** "OUTBOX!!": whoever holds it publishes this database's outbox. */
    static final long LOCK = 0x4f55_5442_4f58_2121L;
    static final String CHANNEL = "outbox_event";
    static final String APPLICATION_NAME = "outbox-relay";

    private final AgroalDataSource dataSource;
    private Connection connection;
    private boolean leading;

    RelayLeadership(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this instance leads now: it still holds the lock, or has just taken it. */
    synchronized boolean lead() {
        try {
            if (connection == null) {
                connection = connect();
            }
            if (leading) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
            } else {
                leading = tryToTakeTheLock();
            }
            return leading;
        } catch (SQLException e) {
            stepDown(e);
            return false;
        }
    }

    /**
     * Waits up to {@code timeout} for a commit that wrote events; returns at once with {@code false} if this
     * instance does not lead (the caller then pauses instead, and tries to take over at its next round).
     */
    synchronized boolean awaitCommit(Duration timeout) {
        if (!leading) {
            return false;
        }
        try {
            connection.unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
            return true;
        } catch (SQLException e) {
            stepDown(e);
            return false;
        }
    }

    /** Gives the lead up, for another instance to take over at once. */
    synchronized void release() {
        Connection giving = connection;
        if (giving != null) {
            try (giving) {
                // Closing the connection would release the lock too, but only once the server has ended the session.
                if (leading) {
                    try (PreparedStatement unlock = giving.prepareStatement("select pg_advisory_unlock(?)")) {
                        unlock.setLong(1, LOCK);
                        unlock.execute();
                    }
                }
            } catch (SQLException ignored) {
                // Broken anyway: the lock went with it.
            }
        }
        connection = null;
        leading = false;
    }

    private boolean tryToTakeTheLock() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet taken = lock.executeQuery()) {
                taken.next();
                if (!taken.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
        LOG.info("Outbox relay leads: this instance publishes the outbox");
        return true;
    }

    private void stepDown(SQLException cause) {
        if (leading) {
            LOG.warnf("Outbox relay lost the connection holding its lock (%s); another instance may publish now",
                    cause.getMessage());
        } else {
            LOG.debugf("Outbox relay cannot try to take its lock now: %s", cause.getMessage());
        }
        release();
    }

    /** A connection like the pool's (same URL, credentials and driver properties), but one of its own. */
    private Connection connect() throws SQLException {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        List<AgroalSecurityProvider> security = new ArrayList<>(factory.securityProviders());
        security.add(new AgroalDefaultSecurityProvider());
        List<Object> secrets = Stream.concat(Stream.ofNullable(factory.principal()), factory.credentials().stream()).toList();
        for (Object secret : secrets) {
            security.stream().map(provider -> provider.getSecurityProperties(secret)).filter(Objects::nonNull)
                    .findFirst().ifPresent(properties::putAll);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = new Driver().connect(factory.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + factory.jdbcUrl());
        }
        return connection;
    }
}
