package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task got its first owner. Like every task event it carries ids, dates and codes, not the title: free text could
 * not be erased from the topic, and whoever needs the title reads it from {@code GET …/tasks/{t}}.
 * Schema: {@code asyncapi/schemas/task-assigned.v1.json}.
 */
public record TaskAssigned(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt) implements PublishedEvent {

    public static TaskAssigned of(Task task, UUID partnerId, OffsetDateTime occurredAt) {
        return new TaskAssigned(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt);
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
