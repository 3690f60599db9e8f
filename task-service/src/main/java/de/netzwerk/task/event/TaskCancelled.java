package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task was cancelled; keyed by the task when it had no owner. Without the coordinator's cancel reason, which is
 * free text and could not be erased from the topic: {@code GET …/tasks/{t}} shows it.
 * Schema: {@code asyncapi/schemas/task-cancelled.v1.json}.
 */
public record TaskCancelled(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt) implements PublishedEvent {

    public static TaskCancelled of(Task task, UUID partnerId, OffsetDateTime occurredAt) {
        return new TaskCancelled(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt);
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
