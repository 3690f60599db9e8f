package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A network's time zone and language as partner-service last published them (replicated from partner-events).
 * partner-service owns the network; meeting-service keeps only what its calendar days depend on.
 */
@Entity
@Table(name = "network_settings")
public class Network {

    @Id
    @Column(name = "network_id")
    public String id;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "default_language", nullable = false)
    public String defaultLanguage;

    /** The network's version in partner-service when these settings were published. */
    @Column(nullable = false)
    public long version;

    /** When partner-service registered or changed the network so. */
    @Column(name = "as_of", nullable = false)
    public OffsetDateTime asOf;
}
