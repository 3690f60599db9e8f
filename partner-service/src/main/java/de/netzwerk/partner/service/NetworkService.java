package de.netzwerk.partner.service;

import de.netzwerk.partner.Network;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.repository.NetworkRepository;
import de.netzwerk.partner.rest.dto.CreateNetworkRequest;
import de.netzwerk.partner.rest.dto.UpdateNetworkRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

@ApplicationScoped
@Transactional
public class NetworkService {

    static final String DEFAULT_TIME_ZONE = "Europe/Berlin";
    static final String DEFAULT_LANGUAGE = "de";

    private final NetworkRepository networks;
    private final Clock clock;

    NetworkService(NetworkRepository networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    public Network create(CreateNetworkRequest request) {
        if (networks.findById(request.id()) != null) {
            throw new ConflictException(Text.of("network.exists", request.id()));
        }
        Network network = new Network();
        network.id = request.id();
        network.name = request.name().strip();
        network.timeZone = request.timeZone() != null ? request.timeZone() : DEFAULT_TIME_ZONE;
        network.defaultLanguage = request.defaultLanguage() != null ? request.defaultLanguage() : DEFAULT_LANGUAGE;
        network.createdAt = OffsetDateTime.now(clock);
        network.updatedAt = network.createdAt;
        networks.persist(network);
        return network;
    }

    public Network get(String id) {
        return networks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("network", id));
    }

    public Network update(String id, UpdateNetworkRequest request) {
        Network network = get(id);
        if (request.name() != null) {
            network.name = request.name().strip();
        }
        if (request.timeZone() != null) {
            network.timeZone = request.timeZone();
        }
        if (request.defaultLanguage() != null) {
            network.defaultLanguage = request.defaultLanguage();
        }
        network.updatedAt = OffsetDateTime.now(clock);
        networks.flush(); // so the response carries the new version
        return network;
    }
}
