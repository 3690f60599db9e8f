package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Network;
import de.netzwerk.meeting.language.Languages;
import de.netzwerk.meeting.repository.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A network's time zone and language, from the replica of what partner-service published (the one source of
 * truth; inbox's {@code NetworkSettingsReplica} keeps it). A network this service has not heard of yet is taken to be in
 * Europe/Berlin and German, partner-service's own defaults. Read from the database each time, not cached: each
 * instance of this service applies only the events of its own partitions, so a cache would go stale unseen.
 * Joins the caller's transaction, or reads in one of its own (the deadline clock calls it outside any).
 */
@ApplicationScoped
@Transactional
public class NetworkSettings {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");
    public static final Locale DEFAULT_LANGUAGE = Locale.GERMAN;

    private final NetworkRepository networks;

    NetworkSettings(NetworkRepository networks) {
        this.networks = networks;
    }

    public ZoneId zoneOf(String networkId) {
        return networks.findByIdOptional(networkId).map(network -> ZoneId.of(network.timeZone)).orElse(DEFAULT_ZONE);
    }

    public Locale languageOf(String networkId) {
        return knownLanguageOf(networkId).orElse(DEFAULT_LANGUAGE);
    }

    /** The network's language as partner-service last published it; empty for a network not heard of yet. */
    public Optional<Locale> knownLanguageOf(String networkId) {
        return networks.findByIdOptional(networkId).flatMap(network -> Languages.named(network.defaultLanguage));
    }

    /** The networks in a zone other than {@link #DEFAULT_ZONE}; every other network is in the default zone. */
    public Map<String, ZoneId> outsideTheDefaultZone() {
        return networks.outside(DEFAULT_ZONE.getId()).stream()
                .collect(Collectors.toUnmodifiableMap(network -> network.id, network -> ZoneId.of(network.timeZone)));
    }
}
