package de.netzwerk.engagement.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each network's time zone and language as partner-service last published them (network_settings), written by
 * {@link de.netzwerk.engagement.repository.facts.FactStore} from network-registered and network-updated.
 */
@ApplicationScoped
public class NetworkSettingsStore {

    /** The zone and language of a network not heard of yet: partner-service's own defaults. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");
    public static final Locale DEFAULT_LANGUAGE = Locale.GERMAN;

    public record Stored(String timeZone, String defaultLanguage) {
    }

    private final AgroalDataSource dataSource;

    NetworkSettingsStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Stored> find(String network) {
        return Optional.ofNullable(findAll(List.of(network)).get(network));
    }

    /** The zone of each of the networks, in one query; {@link #DEFAULT_ZONE} for those not heard of yet. */
    public Map<String, ZoneId> zonesOf(Collection<String> networks) {
        Map<String, Stored> stored = findAll(networks);
        Map<String, ZoneId> zones = new HashMap<>();
        for (String network : networks) {
            zones.put(network, stored.containsKey(network) ? ZoneId.of(stored.get(network).timeZone()) : DEFAULT_ZONE);
        }
        return zones;
    }

    /** The settings of those of the networks this service has heard of. */
    public Map<String, Stored> findAll(Collection<String> networks) {
        Map<String, Stored> found = new HashMap<>();
        if (networks.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select network_id, time_zone, default_language from network_settings
                     where network_id = any (?)""")) {
            query.setArray(1, connection.createArrayOf("varchar", networks.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Stored(rows.getString(2), rows.getString(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the networks' settings", e);
        }
    }
}
