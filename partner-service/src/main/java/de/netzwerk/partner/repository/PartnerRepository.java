package de.netzwerk.partner.repository;

import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    /** The partners among {@code partnerIds} that belong to the network; ids of other networks are left out. */
    public List<Partner> findAllInNetwork(String networkId, Collection<UUID> partnerIds) {
        return list("networkId = :network and id in :ids", Parameters.with("network", networkId).and("ids", partnerIds));
    }

    public PanacheQuery<Partner> search(String networkId, Search search, Sort sort) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (search.name() != null) {
            conditions.add("lower(name) like :name escape '\\'");
            parameters.and("name", "%" + escapeLike(search.name().toLowerCase(Locale.ROOT)) + "%");
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

    /**
     * Partners still in the network whose last relationship-level contact (call, personal meeting, network
     * event) was before {@code since}, or who never had one: the key actors of strategic goals first, then
     * the longest without contact.
     */
    public PanacheQuery<Partner> goingCold(String networkId, LocalDate since, boolean listedOnly) {
        String lastContact = "(select max(c.contactedOn) from ContactEntry c where c.partnerId = p.id and c.level = :relationship)";
        return find("""
                from Partner p
                where p.networkId = :network and p.status <> :left
                  and (%1$s is null or %1$s < :since)
                  and (:listedOnly = false or p.listingConsent.given = true)
                order by case when exists (select 1 from StrategicGoal g join g.actorNeeds n
                                           where g.networkId = p.networkId and n.partnerId = p.id
                                             and n.keyActor = true) then 0 else 1 end,
                         %1$s asc nulls first, p.name, p.id""".formatted(lastContact),
                Parameters.with("network", networkId).and("left", PartnerStatus.LEFT)
                        .and("relationship", ContactLevel.RELATIONSHIP)
                        .and("since", since).and("listedOnly", listedOnly));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
