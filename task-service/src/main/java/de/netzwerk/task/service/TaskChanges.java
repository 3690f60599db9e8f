package de.netzwerk.task.service;

import de.netzwerk.task.TaskSize;
import de.netzwerk.task.TaskStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Changes to a task: a null field stays as it is. A member may change only the status. */
public record TaskChanges(String title, String description, UUID groupId, UUID goalId, UUID parentId,
        UUID assigneeId, LocalDate dueDate, TaskSize size, List<String> tags, TaskStatus status, String cancelReason) {

    /** True if nothing but the status changes, as a member may ask. */
    boolean onlyStatus() {
        return title == null && description == null && groupId == null && goalId == null && parentId == null
                && assigneeId == null && dueDate == null && size == null && tags == null && cancelReason == null;
    }
}
