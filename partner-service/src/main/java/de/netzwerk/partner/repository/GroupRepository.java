package de.netzwerk.partner.repository;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.PartnerGroup;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<PartnerGroup, UUID> {

    public Optional<PartnerGroup> findInNetwork(String networkId, UUID groupId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", groupId))
                .firstResultOptional();
    }

    public boolean hasSteeringGroup(String networkId) {
        return count("networkId = ?1 and kind = ?2", networkId, GroupKind.STEERING) > 0;
    }

    /** The steering group first, then working groups by name. */
    public PanacheQuery<PartnerGroup> inNetwork(String networkId) {
        return find("networkId = ?1", Sort.by("kind", Sort.Direction.Ascending).and("name").and("id"), networkId);
    }
}
