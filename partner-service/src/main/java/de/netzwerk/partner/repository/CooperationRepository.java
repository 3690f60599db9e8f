package de.netzwerk.partner.repository;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.rules.CooperationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CooperationRepository implements PanacheRepositoryBase<Cooperation, UUID> {

    public Optional<Cooperation> findInNetwork(String networkId, UUID cooperationId) {
        return find("networkId = ?1 and id = ?2", networkId, cooperationId).firstResultOptional();
    }

    /**
     * The network's cooperations, or those {@code partyId} takes part in; of one status and changed at or after
     * {@code updatedSince} if given; in the given order, which must end on the id so that pages do not overlap.
     */
    public PanacheQuery<Cooperation> search(String networkId, CooperationStatus status, UUID partyId,
            OffsetDateTime updatedSince, Sort order) {
        StringBuilder query = new StringBuilder("from Cooperation c where c.networkId = :network");
        Parameters parameters = Parameters.with("network", networkId);
        if (status != null) {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        }
        if (updatedSince != null) {
            query.append(" and c.updatedAt >= :since");
            parameters.and("since", updatedSince);
        }
        if (partyId != null) {
            query.append(" and exists (select 1 from Cooperation o join o.parties p where o.id = c.id and p.partnerId = :party)");
            parameters.and("party", partyId);
        }
        return find(query.toString(), order, parameters);
    }

    /** Active cooperations whose period ends between {@code from} and {@code until}, soonest first. */
    public List<Cooperation> activeEndingBetween(String networkId, LocalDate from, LocalDate until) {
        return list("networkId = ?1 and status = ?2 and endsOn between ?3 and ?4", Sort.by("endsOn").and("id"),
                networkId, CooperationStatus.ACTIVE, from, until);
    }

    /** Ended cooperations (as agreed or early) that ended since {@code since} and that no cooperation follows up. */
    public List<Cooperation> endedWithoutFollowUpSince(String networkId, LocalDate since) {
        return list("""
                from Cooperation c where c.networkId = ?1 and c.status in ?2 and c.endedOn >= ?3
                and not exists (select 1 from Cooperation f where f.networkId = ?1 and f.followsCooperationId = c.id)
                order by c.endedOn, c.id""", networkId, List.of(CooperationStatus.ENDED, CooperationStatus.ENDED_EARLY), since);
    }

    /** The cooperations a partner takes part in, for their personal-data export. */
    public List<Cooperation> ofParty(String networkId, UUID partnerId) {
        return list("select distinct c from Cooperation c join c.parties p where c.networkId = ?1 and p.partnerId = ?2",
                networkId, partnerId);
    }
}
