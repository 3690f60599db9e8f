package de.netzwerk.task.service;

import de.netzwerk.task.TaskSize;
import de.netzwerk.task.TaskStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A task to enter, as the caller gave it (checked for form at the edge; {@link TaskService#create} checks it against
 * the network). {@code assignedAt}, a past {@code dueDate}, {@code status} DONE and {@code completedOn} enter a task
 * with its past; null fields are left out.
 */
public record NewTask(String title, String description, UUID groupId, UUID goalId, UUID parentId, UUID assigneeId,
        LocalDate dueDate, TaskSize size, List<String> tags, OffsetDateTime assignedAt, TaskStatus status,
        LocalDate completedOn) {
}
