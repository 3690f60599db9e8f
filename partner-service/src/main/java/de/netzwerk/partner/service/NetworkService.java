package de.netzwerk.partner.service;

import de.netzwerk.partner.Network;
import de.netzwerk.partner.event.NetworkRegistered;
import de.netzwerk.partner.event.NetworkUpdated;
import de.netzwerk.partner.outbox.Outbox;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.repository.NetworkRepository;
import de.netzwerk.partner.service.command.NetworkSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;

@ApplicationScoped
@Transactional
public class NetworkService {

    static final String DEFAULT_TIME_ZONE = "Europe/Berlin";
    static final String DEFAULT_LANGUAGE = "de";

    private final NetworkRepository networks;
    private final Outbox outbox;
    private final Clock clock;

    NetworkService(NetworkRepository networks, Outbox outbox, Clock clock) {
        this.networks = networks;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Network create(String id, NetworkSettings request) {
        if (networks.findById(id) != null) {
            throw new ConflictException(Text.of("network.exists", id));
        }
        Network network = new Network();
        network.id = id;
        network.name = request.name().strip();
        network.timeZone = request.timeZone() != null ? request.timeZone() : DEFAULT_TIME_ZONE;
        network.defaultLanguage = request.defaultLanguage() != null ? request.defaultLanguage() : DEFAULT_LANGUAGE;
        network.createdAt = OffsetDateTime.now(clock);
        network.updatedAt = network.createdAt;
        networks.persist(network);
        outbox.add(NetworkRegistered.of(network));
        return network;
    }

    public Network get(String id) {
        return networks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("network", id));
    }

    /** Changes what the request names, if nobody changed the network since {@code expectedVersion} was read. */
    public Network update(String id, long expectedVersion, NetworkSettings request) {
        Network network = get(id);
        Versions.require(network.version, expectedVersion);
        String previousZone = network.timeZone;
        String previousLanguage = network.defaultLanguage;
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
        networks.flush(); // so the response and the event carry the new version
        if (!Objects.equals(previousZone, network.timeZone) || !Objects.equals(previousLanguage, network.defaultLanguage)) {
            outbox.add(NetworkUpdated.of(network));
        }
        return network;
    }
}
