package de.netzwerk.engagement.repository.facts;

import de.netzwerk.engagement.PartnerKey;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the projections of one batch of events share: the statements they collect, the partners whose assessment
 * the facts may change, and each network's time zone as stored before the batch (a new zone in the same batch
 * counts from the next one on).
 */
final class FactBatch {

    private final StatementBatches sql;
    private final Map<String, ZoneId> zones;
    private final Set<PartnerKey> touched = new HashSet<>();
    private final Set<String> meetingsNamed = new HashSet<>();

    FactBatch(StatementBatches sql, Map<String, ZoneId> zones) {
        this.sql = sql;
        this.zones = zones;
    }

    StatementBatches sql() {
        return sql;
    }

    ZoneId zoneOf(String network) {
        return zones.get(network);
    }

    void touch(String network, UUID partner) {
        touched.add(new PartnerKey(network, partner));
    }

    /** Touches every partner a query names, as (network_id, partner_id) rows, after the statements so far. */
    void touchEveryoneIn(String query, Object... parameters) throws SQLException {
        touched.addAll(sql.query(query, row -> new PartnerKey(row.getString(1), row.getObject(2, UUID.class)),
                parameters));
    }

    /** True the first time a meeting is named in this batch: its row needs inserting once. */
    boolean firstMentionOfMeeting(String network, UUID meeting) {
        return meetingsNamed.add(network + "/" + meeting);
    }

    Set<PartnerKey> touched() {
        return touched;
    }
}
