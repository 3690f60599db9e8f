package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The owner of an open task left the network; {@code partnerId} is the owner who left.
 * Schema: {@code asyncapi/schemas/task-reassignment-needed.v1.json}.
 */
public record TaskReassignmentNeeded(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt,
        String reason) implements PublishedEvent {

    public static TaskReassignmentNeeded of(Task task, UUID partnerId, OffsetDateTime occurredAt, String reason) {
        return new TaskReassignmentNeeded(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt, reason);
    }

    @Override
    public String eventType() {
        return "task-reassignment-needed.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
