package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An open task is due within the notice period; {@code daysLeft} 0 means today.
 * Schema: {@code asyncapi/schemas/task-due-soon.v1.json}.
 */
public record TaskDueSoon(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt,
        int daysLeft) implements PublishedEvent {

    public static TaskDueSoon of(Task task, UUID partnerId, OffsetDateTime occurredAt, int daysLeft) {
        return new TaskDueSoon(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt, daysLeft);
    }

    @Override
    public String eventType() {
        return "task-due-soon.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
