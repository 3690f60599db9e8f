package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task was cancelled; keyed by the task when it had no owner.
 * Schema: {@code asyncapi/schemas/task-cancelled.v1.json}.
 */
public record TaskCancelled(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, String title, LocalDate dueDate, OffsetDateTime occurredAt,
        String reason) implements PublishedEvent {

    public static TaskCancelled of(Task task, UUID partnerId, OffsetDateTime occurredAt, String reason) {
        return new TaskCancelled(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.title, task.dueDate, occurredAt, reason);
    }

    @Override
    public String eventType() {
        return "task-cancelled.v1";
    }

    @Override
    public String subject() {
        return partnerId != null ? partnerId.toString() : taskId.toString();
    }
}
