package de.netzwerk.task.repository;

import de.netzwerk.task.PartnerBand;
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
public class PartnerBandRepository implements PanacheRepositoryBase<PartnerBand, PartnerBand.Key> {

    public Optional<PartnerBand> findInNetwork(String networkId, UUID partnerId) {
        return findByIdOptional(new PartnerBand.Key(networkId, partnerId));
    }

    /** The bands of those of the partners that have one, by partner. */
    public Map<UUID, PartnerBand> inNetwork(String networkId, Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return stream("networkId = :network and partnerId in :partners",
                Parameters.with("network", networkId).and("partners", partnerIds))
                .collect(Collectors.toMap(band -> band.partnerId, Function.identity()));
    }

    /** The network the partner's band was published for, if any: only for checking that an event agrees with it. */
    public Optional<String> networkOf(UUID partnerId) {
        return getEntityManager().createQuery("select networkId from PartnerBand where partnerId = :id", String.class)
                .setParameter("id", partnerId).getResultStream().findFirst();
    }
}
