package de.netzwerk.task.repository;

import de.netzwerk.task.Network;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {

    /**
     * Stores the settings unless a version at least as new is stored: an older event, or one delivered again,
     * changes nothing. One statement, so two consumers applying two versions at once cannot interleave.
     * Returns whether the settings were stored.
     */
    public boolean apply(String networkId, String timeZone, String defaultLanguage, long version, OffsetDateTime asOf) {
        int stored = getEntityManager().createNativeQuery("""
                insert into network_settings (network_id, time_zone, default_language, version, as_of)
                values (:network, :zone, :language, :version, :asOf)
                on conflict (network_id) do update
                    set time_zone = excluded.time_zone, default_language = excluded.default_language,
                        version = excluded.version, as_of = excluded.as_of
                    where network_settings.version < excluded.version""")
                .setParameter("network", networkId).setParameter("zone", timeZone)
                .setParameter("language", defaultLanguage).setParameter("version", version)
                .setParameter("asOf", asOf)
                .executeUpdate();
        if (stored > 0) {
            // Entities read earlier in this transaction must not hide the row just written.
            Network cached = getEntityManager().find(Network.class, networkId);
            if (cached != null) {
                getEntityManager().refresh(cached);
            }
        }
        return stored > 0;
    }

    /** The networks whose time zone is not {@code zone}. */
    public List<Network> outside(String zone) {
        return list("timeZone <> ?1", zone);
    }
}
