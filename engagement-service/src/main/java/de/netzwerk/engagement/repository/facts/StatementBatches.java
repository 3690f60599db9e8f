package de.netzwerk.engagement.repository.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * One prepared statement per SQL text on one connection, each collecting a JDBC batch; the batches run in the order
 * their statements were first used. Nothing here knows what the statements write.
 */
final class StatementBatches implements AutoCloseable {

    /** Reads one row of a query's result. */
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
    /** The keys of the rows each upsert statement has collected since its batch last ran. */
    private final Map<String, Set<String>> pendingKeys = new HashMap<>();

    StatementBatches(Connection connection) {
        this.connection = connection;
    }

    /**
     * An insert … on conflict do update. The driver sends a batch as one multi-row insert, in which a key may
     * appear only once: a second row for a key first sends the rows collected so far, so the rows still
     * apply one after the other.
     */
    void upsert(String key, String sql, Object... parameters) throws SQLException {
        Set<String> keys = pendingKeys.computeIfAbsent(sql, absent -> new HashSet<>());
        if (!keys.add(key)) {
            batches.get(sql).executeBatch();
            keys.clear();
            keys.add(key);
        }
        add(sql, parameters);
    }

    void add(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = batches.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            batches.put(sql, statement);
        }
        bind(statement, parameters);
        statement.addBatch();
    }

    /** Runs a query after the batches collected so far, so that it sees what they write. */
    <T> List<T> query(String sql, Row<T> row, Object... parameters) throws SQLException {
        executeAll();
        List<T> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(row.read(rows));
                }
            }
        }
        return found;
    }

    void executeAll() throws SQLException {
        for (PreparedStatement statement : batches.values()) {
            statement.executeBatch();
        }
        pendingKeys.values().forEach(Set::clear);
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof OffsetDateTime time) {
                statement.setObject(i + 1, time);
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : batches.values()) {
            statement.close();
        }
    }
}
