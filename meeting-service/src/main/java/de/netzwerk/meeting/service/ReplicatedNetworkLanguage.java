package de.netzwerk.meeting.service;

import de.netzwerk.meeting.language.NetworkLanguage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a network chose, from this service's replica of partner-service's network events; empty for a network
 * not heard of yet, whose callers then get German.
 */
@ApplicationScoped
public class ReplicatedNetworkLanguage implements NetworkLanguage {

    private final NetworkSettings settings;

    ReplicatedNetworkLanguage(NetworkSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Locale> of(String networkId) {
        return settings.knownLanguageOf(networkId);
    }
}
