package de.netzwerk.meeting.database;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure says the database cannot be reached right now — restarting, failing over, refusing or dropping
 * connections — rather than that the request or the service is wrong. Such a request is answered 503 with
 * Retry-After, not 500: the caller may try again, and nothing is stored by half (its transaction cannot commit).
 */
public final class DatabaseUnavailable {

    /** Seconds a caller waits before trying again: a PostgreSQL restart or fail-over takes seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now: a server stopping or starting. */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** True if the failure, or anything in its cause chain, is a connection the database refused or dropped. */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
