package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task moved from one owner ({@code previousPartnerId}) to another ({@code partnerId}).
 * Schema: {@code asyncapi/schemas/task-reassigned.v1.json}.
 */
public record TaskReassigned(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt,
        UUID previousPartnerId) implements PublishedEvent {

    public static TaskReassigned of(Task task, UUID partnerId, OffsetDateTime occurredAt, UUID previousPartnerId) {
        return new TaskReassigned(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt, previousPartnerId);
    }

    @Override
    public String eventType() {
        return "task-reassigned.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
