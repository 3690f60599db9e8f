package de.netzwerk.task.event;

import de.netzwerk.task.Task;
import de.netzwerk.task.outbox.PublishedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An open task passed its due date; {@code escalation} marks the second, later notice.
 * Schema: {@code asyncapi/schemas/task-overdue.v1.json}.
 */
public record TaskOverdue(String networkId, UUID taskId, UUID partnerId, UUID groupId, UUID goalId,
        UUID parentTaskId, LocalDate dueDate, OffsetDateTime occurredAt,
        int daysOverdue, boolean escalation) implements PublishedEvent {

    public static TaskOverdue of(Task task, UUID partnerId, OffsetDateTime occurredAt,
            int daysOverdue, boolean escalation) {
        return new TaskOverdue(task.networkId, task.id, partnerId, task.groupId, task.goalId,
                task.parentId, task.dueDate, occurredAt, daysOverdue, escalation);
    }

    @Override
    public String eventType() {
        return "task-overdue.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
