package de.netzwerk.task.repository;

import de.netzwerk.task.NetworkKey;
import de.netzwerk.task.PartnerGroup;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnerGroupRepository implements PanacheRepositoryBase<PartnerGroup, NetworkKey> {

    public boolean existsInNetwork(String networkId, UUID groupId) {
        return findByIdOptional(new NetworkKey(networkId, groupId)).isPresent();
    }

    /** Remembers the group; nothing happens if it is known already. */
    public void remember(String networkId, UUID groupId) {
        if (!existsInNetwork(networkId, groupId)) {
            PartnerGroup group = new PartnerGroup();
            group.networkId = networkId;
            group.id = groupId;
            persist(group);
        }
    }

    /** The network the group belongs to, if known: only for checking that an event agrees with it. */
    public Optional<String> networkOf(UUID groupId) {
        return getEntityManager().createQuery("select networkId from PartnerGroup where id = :id", String.class)
                .setParameter("id", groupId).getResultStream().findFirst();
    }
}
