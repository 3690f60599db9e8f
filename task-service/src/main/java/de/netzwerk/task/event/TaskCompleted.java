package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task was done, on time or {@code daysLate} days late.
 * Schema: {@code asyncapi/schemas/task-completed.v1.json}.
 */
public record TaskCompleted(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt,
        LocalDate completedOn, boolean onTime, int daysLate) implements PublishedEvent {

    public static TaskCompleted of(Task task, UUID partnerId, OffsetDateTime occurredAt,
            LocalDate completedOn, boolean onTime, int daysLate) {
        return new TaskCompleted(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt, completedOn, onTime, daysLate);
    }

    @Override
    public String eventType() {
        return "task-completed.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
