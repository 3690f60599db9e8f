package de.netzwerk.task.rest.dto;

import de.netzwerk.task.TaskSize;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.service.TaskChanges;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Changes to a task: a field left out (or null) stays as it is. A member may change only the status. */
@Schema(description = "Changes to a task; absent fields stay as they are. Members may change only status.")
public record UpdateTaskRequest(
        @Schema(examples = "Flyer für den Aktionstag entwerfen")
        @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String title,
        @Schema(examples = "Zwei Seiten in Leichter Sprache") @Size(max = 4000) String description,
        @Schema(examples = "8a4e2c17-5b3f-4d6a-9c0e-1f2b3a4c5d6e") UUID groupId,
        @Schema(examples = "2f4c6e8a-1b3d-4f5a-8c7e-9d0b1a2c3e4f") UUID goalId,
        @Schema(description = "Make the task a sub-package of this one", examples = "2d9f8e7c-6b5a-4c3d-9e1f-7a8b9c0d1e2f")
        UUID parentId,
        @Schema(description = "Give the task to this partner (publishes task-assigned or task-reassigned)",
                examples = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID assigneeId,
        @Schema(description = "A new due date; an overdue task moved to a later day is no longer overdue", examples = "2027-01-15")
        LocalDate dueDate,
        @Schema(examples = "M") TaskSize size,
        @Schema(examples = "[\"leichte sprache\"]") @Size(max = 20) List<@Size(min = 1, max = 50) String> tags,
        @Schema(description = "IN_PROGRESS, DONE or CANCELLED; DONE and CANCELLED are final", examples = "DONE") TaskStatus status,
        @Schema(description = "Why the task is cancelled (with status CANCELLED)", examples = "Der Aktionstag wurde abgesagt.")
        @Size(max = 500) String cancelReason) {

    /** The changes asked for, in the service's terms. */
    public TaskChanges changes() {
        return new TaskChanges(title, description, groupId, goalId, parentId, assigneeId, dueDate, size, tags, status,
                cancelReason);
    }
}
