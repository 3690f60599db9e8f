package de.netzwerk.task.repository;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public Optional<Task> findInNetwork(String networkId, UUID taskId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", taskId))
                .firstResultOptional();
    }

    /** The network's tasks matching every filter given, soonest due first (tasks without a due date last). */
    public PanacheQuery<Task> matching(String networkId, UUID assigneeId, TaskStatus status) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (assigneeId != null) {
            conditions.add("assigneeId = :assignee");
            parameters.and("assignee", assigneeId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        Sort order = Sort.by("dueDate", Sort.NullPrecedence.NULLS_LAST).and("id");
        return find(String.join(" and ", conditions), order, parameters);
    }
}
