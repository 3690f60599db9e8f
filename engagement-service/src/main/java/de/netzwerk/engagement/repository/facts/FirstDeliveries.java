package de.netzwerk.engagement.repository.facts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which events took effect (processed_event): an event redelivered, or read again by a replay over stored facts,
 * takes no effect a second time.
 */
@ApplicationScoped
public class FirstDeliveries {

    private final AgroalDataSource dataSource;

    FirstDeliveries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An event as delivered: its network, its ce_id and its type. */
    public record Delivery(String networkId, UUID eventId, String type) {
    }

    /**
     * Records the event ids of each network, skipping those seen before, in the caller's transaction.
     *
     * @return the deliveries recorded now: only their events may take effect
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Delivery> record(List<Delivery> deliveries) throws SQLException {
        Set<Delivery> fresh = new HashSet<>();
        if (deliveries.isEmpty()) {
            return fresh;
        }
        Map<String, Delivery> byKey = new HashMap<>();
        deliveries.forEach(delivery -> byKey.putIfAbsent(delivery.networkId() + "/" + delivery.eventId(), delivery));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into processed_event (network_id, event_id, event_type, processed_at)
                     select network_id, id, type, now() from unnest(?::varchar[], ?::uuid[], ?::varchar[]) as t(network_id, id, type)
                     on conflict (network_id, event_id) do nothing returning network_id, event_id""")) {
            insert.setArray(1, connection.createArrayOf("varchar", deliveries.stream().map(Delivery::networkId).toArray()));
            insert.setArray(2, connection.createArrayOf("uuid", deliveries.stream().map(Delivery::eventId).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", deliveries.stream().map(Delivery::type).toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    fresh.add(byKey.get(rows.getString(1) + "/" + rows.getObject(2, UUID.class)));
                }
            }
        }
        return fresh;
    }
}
