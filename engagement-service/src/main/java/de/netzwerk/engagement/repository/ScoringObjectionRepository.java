package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.ObjectionStatus;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.ScoringObjection;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ScoringObjectionRepository implements PanacheRepositoryBase<ScoringObjection, UUID> {

    /** The partner's most recent objection, whatever its status. */
    public Optional<ScoringObjection> latest(String networkId, UUID partnerId) {
        return find("networkId = :network and partnerId = :partner", Sort.descending("recordedAt").and("id"),
                Parameters.with("network", networkId).and("partner", partnerId)).firstResultOptional();
    }

    /** Every objection the partner made, oldest first: the last is {@link #latest}. */
    public List<ScoringObjection> allOf(String networkId, UUID partnerId) {
        return list("networkId = :network and partnerId = :partner", Sort.ascending("recordedAt").and("id"),
                Parameters.with("network", networkId).and("partner", partnerId));
    }

    /** The partners' standing objections (open or upheld) by partner, each in their own network. */
    public Map<UUID, ObjectionStatus> standingIn(String networkId, Collection<UUID> partners) {
        if (partners.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ObjectionStatus> found = new HashMap<>();
        find("networkId = :network and partnerId in :partners and status in :standing",
                Parameters.with("network", networkId).and("partners", partners).and("standing", ObjectionStatus.STANDING))
                .stream().forEach(objection -> found.put(objection.partnerId, objection.status));
        return found;
    }

    /** Those of the partners who must not be scored: their objection is open or was upheld. */
    public Set<PartnerKey> objectedAmong(Collection<PartnerKey> partners) {
        Set<PartnerKey> objected = new HashSet<>();
        partners.stream().collect(Collectors.groupingBy(PartnerKey::networkId,
                        Collectors.mapping(PartnerKey::partnerId, Collectors.toSet())))
                .forEach((network, ids) -> standingIn(network, ids).keySet()
                        .forEach(partner -> objected.add(new PartnerKey(network, partner))));
        return objected;
    }

    /** The network's objections in the status given (all if null), the longest waiting first: the review queue. */
    public PanacheQuery<ScoringObjection> matching(String networkId, ObjectionStatus status) {
        Parameters parameters = Parameters.with("network", networkId);
        String query = "networkId = :network";
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return find(query, Sort.ascending("recordedAt").and("id"), parameters);
    }


    /** The objection read again under a row lock, so that of two decisions at once the second sees the first's. */
    public void lockForDecision(ScoringObjection objection) {
        getEntityManager().refresh(objection, LockModeType.PESSIMISTIC_WRITE);
    }
}
