package de.netzwerk.task.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Calendar days and times as a network sees them: due dates are days in the network's time zone, which
 * partner-service publishes ({@link NetworkSettings}).
 */
@ApplicationScoped
public class NetworkTime {

    private final NetworkSettings settings;
    private final Clock clock;

    NetworkTime(NetworkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public ZoneId zone(String networkId) {
        return settings.zoneOf(networkId);
    }

    public LocalDate today(String networkId) {
        return today(zone(networkId));
    }

    /** Today in a network in this zone: for a caller that looked the zone up once for many tasks. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public OffsetDateTime now(String networkId) {
        return at(networkId, clock.instant());
    }

    public OffsetDateTime at(String networkId, Instant instant) {
        return OffsetDateTime.ofInstant(instant, zone(networkId));
    }
}
