package de.netzwerk.task.repository;

import de.netzwerk.task.Partner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public List<Partner> activeIn(String networkId) {
        return list("networkId = :network and status = :active",
                Parameters.with("network", networkId).and("active", Partner.ACTIVE));
    }
}
