package de.netzwerk.partner.repository;

import de.netzwerk.partner.StrategicGoal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<StrategicGoal, UUID> {

    public Optional<StrategicGoal> findInNetwork(String networkId, UUID goalId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", goalId))
                .firstResultOptional();
    }

    /** The network's goals changed at or after {@code updatedSince} (all if null), the most important first. */
    public PanacheQuery<StrategicGoal> changedSince(String networkId, OffsetDateTime updatedSince) {
        Sort order = Sort.by("priority").and("title").and("id");
        return updatedSince == null ? find("networkId = ?1", order, networkId)
                : find("networkId = ?1 and updatedAt >= ?2", order, networkId, updatedSince);
    }

    /** The network's goals, the most important first. */
    public List<StrategicGoal> byPriority(String networkId) {
        return list("networkId = ?1", Sort.by("priority").and("title").and("id"), networkId);
    }
}
