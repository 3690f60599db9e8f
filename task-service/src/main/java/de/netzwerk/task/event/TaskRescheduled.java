package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The due date of an assigned open task changed; {@code overdue} says whether it is overdue now.
 * Schema: {@code asyncapi/schemas/task-rescheduled.v1.json}.
 */
public record TaskRescheduled(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt,
        LocalDate previousDueDate, boolean overdue) implements PublishedEvent {

    public static TaskRescheduled of(Task task, UUID partnerId, OffsetDateTime occurredAt,
            LocalDate previousDueDate, boolean overdue) {
        return new TaskRescheduled(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt, previousDueDate, overdue);
    }

    @Override
    public String eventType() {
        return "task-rescheduled.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
