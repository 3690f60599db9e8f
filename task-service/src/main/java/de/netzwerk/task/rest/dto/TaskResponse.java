package de.netzwerk.task.rest.dto;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record TaskResponse(UUID id, String title, String description, UUID groupId, UUID assigneeId,
        LocalDate dueDate, TaskStatus status, OffsetDateTime createdAt, long version) {

    public static TaskResponse of(Task task) {
        return new TaskResponse(task.id, task.title, task.description, task.groupId, task.assigneeId, task.dueDate,
                task.status, task.createdAt, task.version);
    }
}
