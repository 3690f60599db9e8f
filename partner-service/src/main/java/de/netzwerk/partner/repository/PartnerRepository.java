package de.netzwerk.partner.repository;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** What a search asks for; null fields do not filter. */
    public record Search(String name, Sector sector, String expertise, PartnerStatus status, boolean listedOnly) {
    }

    public Optional<Partner> findInNetwork(String networkId, UUID partnerId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", partnerId))
                .firstResultOptional();
    }

    public PanacheQuery<Partner> search(String networkId, Search search, Sort sort) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (search.name() != null) {
            conditions.add("lower(name) like :name escape '\\'");
            parameters.and("name", "%" + escapeLike(search.name().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (search.sector() != null) {
            conditions.add("sector = :sector");
            parameters.and("sector", search.sector());
        }
        if (search.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", search.status());
        }
        if (search.expertise() != null) {
            conditions.add(":tag member of expertise");
            parameters.and("tag", search.expertise());
        }
        if (search.listedOnly()) {
            conditions.add("listingConsent.given = true");
        }
        return find(String.join(" and ", conditions), sort, parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
