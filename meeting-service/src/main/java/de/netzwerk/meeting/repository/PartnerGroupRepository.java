package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.PartnerGroup;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PartnerGroupRepository implements PanacheRepositoryBase<PartnerGroup, UUID> {

    public boolean isOfNetwork(UUID groupId, String networkId) {
        return count("id = :id and networkId = :network", Parameters.with("id", groupId).and("network", networkId)) > 0;
    }

    /**
     * Records the group as of the network unless it is known already, and answers the network it is known to be
     * of. Events about one group arrive keyed by the group (group-created) and by its members (memberships), so two
     * consumers may learn of it at once: the insert waits for the other and then leaves its row as it is.
     */
    public String recordIfNew(UUID groupId, String networkId) {
        getEntityManager().createNativeQuery("""
                insert into partner_group (id, network_id) values (?1, ?2)
                on conflict (id) do nothing""")
                .setParameter(1, groupId)
                .setParameter(2, networkId)
                .executeUpdate();
        return (String) getEntityManager().createNativeQuery("select network_id from partner_group where id = ?1")
                .setParameter(1, groupId)
                .getSingleResult();
    }
}
