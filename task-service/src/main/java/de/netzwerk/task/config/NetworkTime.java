package de.netzwerk.task.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

/** Calendar days and times as a network sees them: due dates are days in the network's time zone. */
@ApplicationScoped
public class NetworkTime {

    private final ZoneId defaultZone;
    private final Map<String, ZoneId> networkZones;
    private final Clock clock;

    NetworkTime(TaskConfig config, Clock clock) {
        this.defaultZone = ZoneId.of(config.timeZone());
        this.networkZones = config.networkTimeZones().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> ZoneId.of(entry.getValue())));
        this.clock = clock;
    }

    public ZoneId zone(String networkId) {
        return networkZones.getOrDefault(networkId, defaultZone);
    }

    public LocalDate today(String networkId) {
        return LocalDate.ofInstant(clock.instant(), zone(networkId));
    }

    public OffsetDateTime now(String networkId) {
        return at(networkId, clock.instant());
    }

    public OffsetDateTime at(String networkId, Instant instant) {
        return OffsetDateTime.ofInstant(instant, zone(networkId));
    }

    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The networks configured with a zone of their own; every other network is in the default zone. */
    public Map<String, ZoneId> networkZones() {
        return networkZones;
    }
}
