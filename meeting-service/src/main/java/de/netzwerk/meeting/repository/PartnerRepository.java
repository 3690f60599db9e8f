package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Partner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public Optional<Partner> findInNetwork(String networkId, UUID partnerId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", partnerId))
                .firstResultOptional();
    }

    /** Those of the given partners who are of the network, by id; the others are missing from the map. */
    public Map<UUID, Partner> inNetwork(String networkId, Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return list("networkId = :network and id in :ids", Parameters.with("network", networkId).and("ids", partnerIds))
                .stream().collect(Collectors.toMap(partner -> partner.id, Function.identity()));
    }
}
