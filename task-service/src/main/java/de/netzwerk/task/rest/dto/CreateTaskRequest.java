package de.netzwerk.task.rest.dto;

import de.netzwerk.task.TaskSize;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.service.NewTask;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A new task. {@code assignedAt}, a past {@code dueDate}, {@code status} DONE and {@code completedOn} enter a task
 * with its past, as a coordinator entering last month's work does; it is judged by those dates.
 */
@Schema(description = "A new task: one small package of work, or one entered after the fact with its past "
        + "(assignedAt, a past dueDate, status DONE with completedOn)")
public record CreateTaskRequest(
        @Schema(examples = "Flyer für den Aktionstag entwerfen")
        @NotBlank @Size(max = 200) String title,
        @Schema(examples = "Zwei Seiten in Leichter Sprache, Druck bis Mitte Dezember")
        @Size(max = 4000) String description,
        @Schema(description = "The group the task serves, a group of this network", examples = "8a4e2c17-5b3f-4d6a-9c0e-1f2b3a4c5d6e") UUID groupId,
        @Schema(description = "The strategic goal the task serves, a goal of this network", examples = "2f4c6e8a-1b3d-4f5a-8c7e-9d0b1a2c3e4f") UUID goalId,
        @Schema(description = "The task this one is a sub-package of, an open task of this network", examples = "2d9f8e7c-6b5a-4c3d-9e1f-7a8b9c0d1e2f") UUID parentId,
        @Schema(description = "The partner who owns the task, a partner of this network who has not left it; none yet if absent",
                examples = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") UUID assigneeId,
        @Schema(description = "Calendar day in the network's time zone", examples = "2026-12-15") LocalDate dueDate,
        @Schema(description = "Rough size of the package", examples = "S") TaskSize size,
        @Schema(description = "What the work needs, matched against partners' expertise", examples = "[\"leichte sprache\", \"grafik\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Schema(description = "When the task became the owner's, if that was before now (with assigneeId; not in the "
                + "future); published as the time of task-assigned", examples = "2026-10-05T09:30:00+02:00")
        OffsetDateTime assignedAt,
        @Schema(description = "OPEN (the default), IN_PROGRESS, or DONE for a task entered as already finished",
                examples = "DONE") TaskStatus status,
        @Schema(description = "With status DONE: the day it was done, in the network's time zone (not in the future, "
                + "not before assignedAt); today if absent. On time or late is judged by it and dueDate",
                examples = "2026-10-28") LocalDate completedOn) {

    /** The task to enter, in the service's terms. */
    public NewTask command() {
        return new NewTask(title, description, groupId, goalId, parentId, assigneeId, dueDate, size, tags, assignedAt,
                status, completedOn);
    }
}
