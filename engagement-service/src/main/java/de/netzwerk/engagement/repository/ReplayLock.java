package de.netzwerk.engagement.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps live processing and a replay apart, across every instance of the service: live batches and assessments
 * hold a shared PostgreSQL advisory lock for their transaction; a replay holds it exclusively for its whole run.
 * So live events wait while the facts are rebuilt, and nobody is assessed on half-rebuilt facts.
 */
@ApplicationScoped
public class ReplayLock {

    static final long KEY = 0x454e_4741_4745_5250L;

    private final AgroalDataSource dataSource;

    ReplayLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits while a replay runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitShared() {
        query("select pg_advisory_xact_lock_shared(?)::text");
    }

    /** False while a replay runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryShared() {
        return "true".equals(query("select pg_try_advisory_xact_lock_shared(?)::text"));
    }

    /** Holds the lock exclusively on the given connection (outside any transaction) until {@link #release}. */
    public static void acquireExclusive(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            lock.execute();
        }
    }

    public static void release(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        }
    }

    private String query(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the replay lock", e);
        }
    }
}
