package de.netzwerk.infra;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A table of a service's database locked by a test (ACCESS EXCLUSIVE, in a transaction of its own), as a long
 * migration or a stuck session would hold it; and, while it is held, every session waiting for it ended one way:
 * {@code pg_cancel_backend} (the waiting statement fails, as with a lock timeout) or {@code pg_terminate_backend} (the
 * connection is dropped, as in a database restart). Closing it releases the lock.
 */
public final class LockedTable implements AutoCloseable {

    /** How a waiting session is ended. */
    public enum Ending {
        /** The waiting statement fails (SQLState 57014), as with a lock timeout; the connection stays. */
        CANCEL("pg_cancel_backend"),
        /** The connection is dropped (SQLState 57P01), as when the database restarts. */
        TERMINATE("pg_terminate_backend");

        private final String function;

        Ending(String function) {
            this.function = function;
        }
    }

    private final Connection connection;
    private final AtomicBoolean ending = new AtomicBoolean();
    private final AtomicInteger ended = new AtomicInteger();
    private CompletableFuture<Void> ender = CompletableFuture.completedFuture(null);

    public LockedTable(DataSource dataSource, String table) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table " + table + " in access exclusive mode");
        }
    }

    /** From now on, until {@link #stopEnding} or {@link #close}, ends each client session waiting for the lock. */
    public void endWaiters(Ending how) {
        ending.set(true);
        ender = CompletableFuture.runAsync(() -> {
            while (ending.get()) {
                ended.addAndGet(endWaitingNow(how));
                pause();
            }
        });
    }

    /** How many waiting sessions were ended so far. */
    public int ended() {
        if (ender.isCompletedExceptionally()) {
            ender.join();
        }
        return ended.get();
    }

    public void stopEnding() {
        ending.set(false);
        ender.join();
    }

    private int endWaitingNow(Ending how) {
        try (Statement statement = connection.createStatement()) {
            // pg_stat_activity is read once per transaction, and this one lasts as long as the lock.
            statement.execute("select pg_stat_clear_snapshot()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look at the sessions waiting for the lock", e);
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("""
                select count(*) filter (where %s(pid)) from pg_stat_activity
                where backend_type = 'client backend' and pg_backend_pid() = any(pg_blocking_pids(pid))"""
                .formatted(how.function))) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the sessions waiting for the lock", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws SQLException {
        stopEnding();
        connection.commit();
        connection.close();
    }
}
