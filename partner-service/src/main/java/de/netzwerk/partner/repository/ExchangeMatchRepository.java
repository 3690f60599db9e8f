package de.netzwerk.partner.repository;

import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.ExchangeMatchStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExchangeMatchRepository implements PanacheRepositoryBase<ExchangeMatch, UUID> {

    /** What a list asks for; null fields do not filter. {@code partnerId}: on either side. */
    public record Search(ExchangeMatchStatus status, UUID partnerId) {
    }

    public Optional<ExchangeMatch> findInNetwork(String networkId, UUID id) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", id))
                .firstResultOptional();
    }

    /** The match, locked until the transaction ends, so that two changes of its status queue up. */
    public Optional<ExchangeMatch> findForChange(String networkId, UUID id) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", id))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The matches only proposed with this offer or need, locked until the transaction ends: one being agreed at this
     * moment is agreed first, and then no longer only proposed.
     */
    public List<ExchangeMatch> proposedWith(UUID entryId) {
        return find("(offerId = ?1 or needId = ?1) and status = ?2", entryId, ExchangeMatchStatus.PROPOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public boolean liveMatchExists(UUID offerId, UUID needId) {
        return count("offerId = ?1 and needId = ?2 and status <> ?3", offerId, needId, ExchangeMatchStatus.WITHDRAWN) > 0;
    }

    /** The offer and need ids of the network's matches that are not withdrawn. */
    public List<Object[]> livePairs(String networkId) {
        return getEntityManager().createQuery("select m.offerId, m.needId from ExchangeMatch m "
                + "where m.networkId = ?1 and m.status <> ?2 and m.offerId is not null and m.needId is not null", Object[].class)
                .setParameter(1, networkId).setParameter(2, ExchangeMatchStatus.WITHDRAWN).getResultList();
    }

    /** The latest proposed first. */
    public PanacheQuery<ExchangeMatch> search(String networkId, Search search) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (search.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", search.status());
        }
        if (search.partnerId() != null) {
            conditions.add("(offeringPartnerId = :partner or needingPartnerId = :partner)");
            parameters.and("partner", search.partnerId());
        }
        return find(String.join(" and ", conditions), Sort.descending("proposedAt").and("id"), parameters);
    }
}
