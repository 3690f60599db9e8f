package de.netzwerk.engagement.repository.facts;

import de.netzwerk.engagement.event.GoalActorNeedsChanged;
import de.netzwerk.engagement.event.TaskEvent;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The facts of task-service's events: tasks with their assignee and due date, the deadline clock's overdue notices,
 * and the key actors of goals. A completed or cancelled task stays closed; the latest assignment names the assignee.
 * The day of a fact that has only a time (a task closed without a completion day, an overdue notice) is the day in
 * its network's time zone.
 */
final class TaskFacts {

    /** Stands for "assignee not known from an assignment": any real assignment is later. */
    private static final OffsetDateTime NO_ASSIGNMENT = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private TaskFacts() {
    }

    static void task(TaskEvent e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        ZoneId zone = batch.zoneOf(network);
        if (e.partnerId() == null) {
            unowned(e, batch, zone);
            return;
        }
        upsert(e, batch, zone);
        if (e.kind() == TaskEvent.Kind.OVERDUE) {
            overdueNotice(e, batch, zone);
        }
        batch.touch(network, e.partnerId());
        if (e.previousPartnerId() != null) {
            batch.touch(network, e.previousPartnerId());
        }
    }

    /** A goal's events keep their order (keyed by goal): the latest list of key actors replaces the last. */
    static void keyActors(GoalActorNeedsChanged e, FactBatch batch) throws SQLException {
        String network = e.networkId();
        batch.touchEveryoneIn("select network_id, partner_id from key_actor where network_id = ? and goal_id = ?",
                network, e.goalId());
        batch.sql().add("delete from key_actor where network_id = ? and goal_id = ?", network, e.goalId());
        for (GoalActorNeedsChanged.NeededPartner needed : e.neededPartners()) {
            if (needed.keyActor()) {
                batch.sql().add("""
                        insert into key_actor (network_id, goal_id, partner_id) values (?, ?, ?)
                        on conflict do nothing""", network, e.goalId(), needed.partnerId());
                batch.touch(network, needed.partnerId());
            }
        }
    }

    /** Nobody owns the task now; if someone did, it no longer counts for or against them once closed. */
    private static void unowned(TaskEvent e, FactBatch batch, ZoneId zone) throws SQLException {
        batch.touchEveryoneIn("select network_id, partner_id from task where network_id = ? and task_id = ?",
                e.networkId(), e.taskId());
        if (e.kind() == TaskEvent.Kind.CANCELLED) {
            batch.sql().add("""
                    update task set status = 'CANCELLED', closed_on = ?
                    where network_id = ? and task_id = ? and status = 'OPEN'""",
                    e.occurredAt().atZoneSameInstant(zone).toLocalDate(), e.networkId(), e.taskId());
        }
    }

    /**
     * Every task event carries the task as it now is (its due date may have been moved or removed); a partner's
     * events keep their order, so the latest one tells the due date. Closing is final whatever arrives after it.
     */
    private static void upsert(TaskEvent e, FactBatch batch, ZoneId zone) throws SQLException {
        boolean assignment = e.kind() == TaskEvent.Kind.ASSIGNED || e.kind() == TaskEvent.Kind.REASSIGNED;
        String status = switch (e.kind()) {
            case COMPLETED -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
            default -> "OPEN";
        };
        LocalDate closedOn = switch (e.kind()) {
            case COMPLETED -> e.completedOn() != null ? e.completedOn()
                    : e.occurredAt().atZoneSameInstant(zone).toLocalDate();
            case CANCELLED -> e.occurredAt().atZoneSameInstant(zone).toLocalDate();
            default -> null;
        };
        batch.sql().upsert(e.taskId().toString(), """
                insert into task (network_id, task_id, partner_id, group_id, goal_id, due_date, status,
                    assigned_at, assignee_since, closed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (network_id, task_id) do update set
                    partner_id = case when excluded.assignee_since > task.assignee_since then excluded.partner_id else task.partner_id end,
                    assignee_since = greatest(task.assignee_since, excluded.assignee_since),
                    assigned_at = least(task.assigned_at, excluded.assigned_at),
                    group_id = coalesce(excluded.group_id, task.group_id),
                    goal_id = coalesce(excluded.goal_id, task.goal_id),
                    due_date = case when task.status = 'OPEN' then excluded.due_date else task.due_date end,
                    status = case when task.status = 'OPEN' then excluded.status else task.status end,
                    closed_on = case when task.status = 'OPEN' then excluded.closed_on else task.closed_on end""",
                e.networkId(), e.taskId(), e.partnerId(), e.groupId(), e.goalId(), e.dueDate(), status,
                e.occurredAt(), assignment ? e.occurredAt() : NO_ASSIGNMENT, closedOn);
    }

    /**
     * The deadline clock said the task is overdue by the due date it names (once per due date; an escalation is a
     * second notice for the same date). It counts only while that is still the task's due date: a notice is kept per
     * due date, and the history joins it on the current one. The task's present owner is assessed again, whoever
     * the notice names.
     */
    private static void overdueNotice(TaskEvent e, FactBatch batch, ZoneId zone) throws SQLException {
        if (e.dueDate() == null) {
            return;
        }
        batch.sql().upsert(e.taskId() + "/" + e.dueDate(), """
                insert into task_overdue_notice (network_id, task_id, due_date, noticed_on) values (?, ?, ?, ?)
                on conflict (network_id, task_id, due_date) do update
                    set noticed_on = least(task_overdue_notice.noticed_on, excluded.noticed_on)""",
                e.networkId(), e.taskId(), e.dueDate(), e.occurredAt().atZoneSameInstant(zone).toLocalDate());
        batch.touchEveryoneIn("select network_id, partner_id from task where network_id = ? and task_id = ?",
                e.networkId(), e.taskId());
    }
}
