package de.netzwerk.partner.repository;

import de.netzwerk.partner.ConsentRecord;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRecord, UUID> {

    /** A partner's answers to every consent, the latest first. */
    public PanacheQuery<ConsentRecord> ofPartner(String networkId, UUID partnerId) {
        return find("networkId = :network and partnerId = :partner",
                Sort.descending("recordedAt").and("purpose"),
                Parameters.with("network", networkId).and("partner", partnerId));
    }
}
