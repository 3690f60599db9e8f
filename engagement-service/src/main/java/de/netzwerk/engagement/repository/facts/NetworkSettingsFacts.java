package de.netzwerk.engagement.repository.facts;

import de.netzwerk.engagement.event.NetworkSettingsEvent;

import java.sql.SQLException;

/** The network's time zone and language, as partner-service last published them: the highest version wins. */
final class NetworkSettingsFacts {

    private NetworkSettingsFacts() {
    }

    static void settings(NetworkSettingsEvent e, FactBatch batch) throws SQLException {
        batch.sql().upsert(e.networkId(), """
                insert into network_settings (network_id, time_zone, default_language, version, as_of)
                values (?, ?, ?, ?, ?)
                on conflict (network_id) do update
                    set time_zone = excluded.time_zone, default_language = excluded.default_language,
                        version = excluded.version, as_of = excluded.as_of
                    where network_settings.version < excluded.version""",
                e.networkId(), e.timeZone(), e.defaultLanguage(), e.version(), e.asOf());
    }
}
