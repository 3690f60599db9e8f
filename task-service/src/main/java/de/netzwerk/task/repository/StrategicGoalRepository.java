package de.netzwerk.task.repository;

import de.netzwerk.task.NetworkKey;
import de.netzwerk.task.StrategicGoal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StrategicGoalRepository implements PanacheRepositoryBase<StrategicGoal, NetworkKey> {

    public boolean existsInNetwork(String networkId, UUID goalId) {
        return findByIdOptional(new NetworkKey(networkId, goalId)).isPresent();
    }

    /** Remembers the goal; nothing happens if it is known already. */
    public void remember(String networkId, UUID goalId) {
        if (!existsInNetwork(networkId, goalId)) {
            StrategicGoal goal = new StrategicGoal();
            goal.networkId = networkId;
            goal.id = goalId;
            persist(goal);
        }
    }

    /** The network the goal belongs to, if known: only for checking that an event agrees with it. */
    public Optional<String> networkOf(UUID goalId) {
        return getEntityManager().createQuery("select networkId from StrategicGoal where id = :id", String.class)
                .setParameter("id", goalId).getResultStream().findFirst();
    }
}
