package de.netzwerk.task.rest.dto;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskSize;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.deadline.Lateness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A task as callers see it. {@code overdue}: open and its due date has passed in the network's time zone;
 * {@code needsReassignment}: its owner left the network; {@code assignedAt}: when it became its owner's (empty for
 * tasks assigned before this was kept); {@code createdAt}: when it was entered; {@code updatedAt}: when it last changed.
 */
@Schema(description = "A task with its owner, dates and status; every field is present, those that may be empty as null")
public record TaskResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, nullable = true) UUID groupId,
        @Schema(required = true, nullable = true) UUID goalId,
        @Schema(required = true, nullable = true, description = "The task this one is a sub-package of") UUID parentId,
        @Schema(required = true, nullable = true, description = "The owner, a partner; null while nobody owns it") UUID assigneeId,
        @Schema(required = true, nullable = true, description = "When it became its owner's; null without an owner "
                + "and for tasks assigned before this was kept") OffsetDateTime assignedAt,
        @Schema(required = true, nullable = true, description = "A day in the network's time zone") LocalDate dueDate,
        @Schema(required = true, nullable = true) TaskSize size,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) TaskStatus status,
        @Schema(required = true, description = "Open and its due date has passed in the network's time zone") boolean overdue,
        @Schema(required = true, description = "Its owner left the network") boolean needsReassignment,
        @Schema(required = true, nullable = true, description = "The day it was done; null unless DONE") LocalDate completedOn,
        @Schema(required = true, nullable = true) String cancelReason,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, description = "When it last changed (its creation until then); see updatedSince")
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The version, also its ETag") long version) {

    /** {@code today} and {@code zone}: the network's, so that overdue and times read as the network sees them. */
    public static TaskResponse of(Task task, LocalDate today, ZoneId zone) {
        boolean overdue = task.status.isOpen() && Lateness.overdue(task.dueDate, today);
        return new TaskResponse(task.id, task.title, task.description, task.groupId, task.goalId, task.parentId,
                task.assigneeId, task.assignedAt == null ? null : task.assignedAt.atZoneSameInstant(zone).toOffsetDateTime(),
                task.dueDate, task.size, List.copyOf(task.tags), task.status, overdue,
                task.needsReassignment, task.completedOn, task.cancelReason,
                task.createdAt.atZoneSameInstant(zone).toOffsetDateTime(),
                task.updatedAt.atZoneSameInstant(zone).toOffsetDateTime(), task.version);
    }
}
