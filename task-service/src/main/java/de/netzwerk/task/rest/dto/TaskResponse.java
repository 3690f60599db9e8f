package de.netzwerk.task.rest.dto;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskSize;
import de.netzwerk.task.TaskStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A task as callers see it. {@code overdue}: open and its due date has passed in the network's time zone;
 * {@code needsReassignment}: its owner left the network; {@code assignedAt}: when it became its owner's (empty for
 * tasks assigned before this was kept); {@code createdAt}: when it was entered.
 */
public record TaskResponse(UUID id, String title, String description, UUID groupId, UUID goalId, UUID parentId,
        UUID assigneeId, OffsetDateTime assignedAt, LocalDate dueDate, TaskSize size, List<String> tags, TaskStatus status, boolean overdue,
        boolean needsReassignment, LocalDate completedOn, String cancelReason, OffsetDateTime createdAt, long version) {

    /** {@code today} and {@code zone}: the network's, so that overdue and times read as the network sees them. */
    public static TaskResponse of(Task task, LocalDate today, ZoneId zone) {
        boolean overdue = task.status.isOpen() && task.dueDate != null && task.dueDate.isBefore(today);
        return new TaskResponse(task.id, task.title, task.description, task.groupId, task.goalId, task.parentId,
                task.assigneeId, task.assignedAt == null ? null : task.assignedAt.atZoneSameInstant(zone).toOffsetDateTime(),
                task.dueDate, task.size, List.copyOf(task.tags), task.status, overdue,
                task.needsReassignment, task.completedOn, task.cancelReason,
                task.createdAt.atZoneSameInstant(zone).toOffsetDateTime(), task.version);
    }
}
