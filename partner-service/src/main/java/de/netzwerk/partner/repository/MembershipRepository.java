package de.netzwerk.partner.repository;

import de.netzwerk.partner.Membership;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public Optional<Membership> findCurrent(UUID groupId, UUID partnerId) {
        return find("groupId = ?1 and partnerId = ?2 and leftOn is null", groupId, partnerId).firstResultOptional();
    }

    /** Every membership, current and ended, of these partners in the group. */
    public List<Membership> ofPartnersInGroup(UUID groupId, Collection<UUID> partnerIds) {
        return list("groupId = ?1 and partnerId in ?2", groupId, partnerIds);
    }

    public List<Membership> currentOf(UUID groupId) {
        return list("groupId = ?1 and leftOn is null", Sort.by("joinedOn").and("partnerId"), groupId);
    }
}
