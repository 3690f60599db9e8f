package de.netzwerk.engagement.service;

import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.repository.NetworkSettingsStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A network's time zone and language, from the replica of what partner-service published (the one source of
 * truth): the days of streaks, windows and "today" are days in the network's zone. A network this service has not
 * heard of yet is taken to be in Europe/Berlin and German, partner-service's own defaults. Read from the database
 * each time, not cached: each instance applies only the events of its own partitions, so a cache would go stale.
 */
@ApplicationScoped
public class NetworkSettings {

    public static final ZoneId DEFAULT_ZONE = NetworkSettingsStore.DEFAULT_ZONE;
    public static final Locale DEFAULT_LANGUAGE = NetworkSettingsStore.DEFAULT_LANGUAGE;

    private final NetworkSettingsStore store;
    private final Clock clock;

    NetworkSettings(NetworkSettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ZoneId zoneOf(String networkId) {
        return store.find(networkId).map(stored -> ZoneId.of(stored.timeZone())).orElse(DEFAULT_ZONE);
    }

    public Locale languageOf(String networkId) {
        return knownLanguageOf(networkId).orElse(DEFAULT_LANGUAGE);
    }

    /** The network's language as partner-service last published it; empty for a network not heard of yet. */
    public Optional<Locale> knownLanguageOf(String networkId) {
        return store.find(networkId).flatMap(stored -> Languages.named(stored.defaultLanguage()));
    }

    /** The zone of each of the networks, in one query. */
    public Map<String, ZoneId> zonesOf(Collection<String> networkIds) {
        return store.zonesOf(networkIds);
    }

    /** The day it is now in the network: what decay, streaks and overdue days count from there. */
    public LocalDate today(String networkId) {
        return LocalDate.now(clock.withZone(zoneOf(networkId)));
    }
}
