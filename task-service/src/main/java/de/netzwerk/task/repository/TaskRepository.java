package de.netzwerk.task.repository;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    private static final List<TaskStatus> OPEN = List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);

    public Optional<Task> findInNetwork(String networkId, UUID taskId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", taskId))
                .firstResultOptional();
    }

    /** The task, its row locked until the transaction ends: for a change checked against the version read. */
    public Optional<Task> findInNetworkForUpdate(String networkId, UUID taskId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", taskId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every task the partner owns in the network, oldest first: their part of a personal-data export. */
    public List<Task> ownedBy(String networkId, UUID partnerId) {
        return list("networkId = ?1 and assigneeId = ?2", Sort.by("createdAt").and("id"), networkId, partnerId);
    }

    /**
     * What a list asks for; null fields do not filter. {@code overdue} needs {@code today}; {@code updatedSince}: only
     * tasks changed at or after that moment.
     */
    public record Filter(UUID assigneeId, UUID groupId, UUID goalId, UUID parentId, TaskStatus status, Boolean overdue,
            Boolean needsReassignment, LocalDate today, OffsetDateTime updatedSince) {
    }

    /**
     * The orders a list can have, each by one field of the task and then by id, so that pages never overlap; the
     * migration gives each an index within the network, read backwards for the reverse order.
     */
    public enum Order {
        /** Soonest due first, tasks without a due date last (reversed: latest first, those without one first). */
        DUE_DATE("dueDate"),
        TITLE("title"),
        UPDATED_AT("updatedAt");

        private final String field;

        Order(String field) {
            this.field = field;
        }

        /** The order a list names with {@code field} or {@code -field}; the default for none. */
        public static Sort named(String key) {
            if (key == null) {
                return DUE_DATE.sort(false);
            }
            boolean reversed = key.startsWith("-");
            String field = reversed ? key.substring(1) : key;
            for (Order order : values()) {
                if (order.field.equals(field)) {
                    return order.sort(reversed);
                }
            }
            throw new IllegalArgumentException("No order " + key);
        }

        Sort sort(boolean reversed) {
            Sort.Direction direction = reversed ? Sort.Direction.Descending : Sort.Direction.Ascending;
            // Reversing the whole order, nulls included, keeps it the order one index serves backwards.
            Sort.NullPrecedence nulls = reversed ? Sort.NullPrecedence.NULLS_FIRST : Sort.NullPrecedence.NULLS_LAST;
            return Sort.by(field, direction, nulls).and("id", direction);
        }
    }

    /** The network's tasks matching every filter given, in the order given ({@link Order}). */
    public PanacheQuery<Task> matching(String networkId, Filter filter, Sort order) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        equal(conditions, parameters, "assigneeId", filter.assigneeId());
        equal(conditions, parameters, "groupId", filter.groupId());
        equal(conditions, parameters, "goalId", filter.goalId());
        equal(conditions, parameters, "parentId", filter.parentId());
        equal(conditions, parameters, "status", filter.status());
        equal(conditions, parameters, "needsReassignment", filter.needsReassignment());
        if (filter.overdue() != null) {
            String overdue = "(status in :open and dueDate < :today)";
            conditions.add(filter.overdue() ? overdue : "not " + overdue);
            parameters.and("open", OPEN).and("today", filter.today());
        }
        if (filter.updatedSince() != null) {
            conditions.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", filter.updatedSince());
        }
        return find(String.join(" and ", conditions), order, parameters);
    }

    private static void equal(List<String> conditions, Parameters parameters, String field, Object value) {
        if (value != null) {
            conditions.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }

    public List<Task> children(String networkId, UUID parentId) {
        return list("networkId = :network and parentId = :parent", Sort.by("id"),
                Parameters.with("network", networkId).and("parent", parentId));
    }

    public List<Task> openAssignedTo(String networkId, UUID partnerId) {
        return list("networkId = :network and assigneeId = :partner and status in :open", Sort.by("id"),
                Parameters.with("network", networkId).and("partner", partnerId).and("open", OPEN));
    }

    /** How many open tasks each of the partners owns in the network. */
    public Map<UUID, Long> openLoad(String networkId, Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("""
                select t.assigneeId, count(t) from Task t
                where t.networkId = :network and t.assigneeId in :partners and t.status in :open
                group by t.assigneeId""", Object[].class)
                .setParameter("network", networkId)
                .setParameter("partners", partnerIds)
                .setParameter("open", OPEN)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }
}
