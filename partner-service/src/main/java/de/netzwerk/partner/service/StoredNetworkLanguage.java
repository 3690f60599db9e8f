package de.netzwerk.partner.service;

import de.netzwerk.partner.language.Languages;
import de.netzwerk.partner.language.NetworkLanguage;
import de.netzwerk.partner.repository.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Locale;
import java.util.Optional;

/** The language a network chose ({@code defaultLanguage}), read from the network's own row. */
@ApplicationScoped
@Transactional
public class StoredNetworkLanguage implements NetworkLanguage {

    private final NetworkRepository networks;

    StoredNetworkLanguage(NetworkRepository networks) {
        this.networks = networks;
    }

    @Override
    public Optional<Locale> of(String networkId) {
        return networks.findByIdOptional(networkId).flatMap(network -> Languages.named(network.defaultLanguage));
    }
}
