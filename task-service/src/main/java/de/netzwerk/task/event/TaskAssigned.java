package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task got its first owner.
 * Schema: {@code asyncapi/schemas/task-assigned.v1.json}.
 */
public record TaskAssigned(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, String title, LocalDate dueDate, OffsetDateTime occurredAt) implements PublishedEvent {

    public static TaskAssigned of(Task task, UUID partnerId, OffsetDateTime occurredAt) {
        return new TaskAssigned(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.title, task.dueDate, occurredAt);
    }

    @Override
    public String eventType() {
        return "task-assigned.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
