package de.netzwerk.task.repository;

import de.netzwerk.task.NetworkKey;
import de.netzwerk.task.Partner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, NetworkKey> {

    public Optional<Partner> findInNetwork(String networkId, UUID partnerId) {
        return findByIdOptional(new NetworkKey(networkId, partnerId));
    }

    public List<Partner> activeIn(String networkId) {
        return list("networkId = :network and status = :active",
                Parameters.with("network", networkId).and("active", Partner.ACTIVE));
    }

    /** The network the partner belongs to, if known: only for checking that an event agrees with it. */
    public Optional<String> networkOf(UUID partnerId) {
        return getEntityManager().createQuery("select networkId from Partner where id = :id", String.class)
                .setParameter("id", partnerId).getResultStream().findFirst();
    }
}
