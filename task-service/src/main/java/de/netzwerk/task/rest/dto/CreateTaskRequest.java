package de.netzwerk.task.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A new task: one small package of work")
public record CreateTaskRequest(
        @Schema(examples = "Flyer für den Aktionstag entwerfen")
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Schema(description = "The group the task serves") UUID groupId,
        @Schema(description = "The partner who owns the task; none yet if absent") UUID assigneeId,
        @Schema(description = "Calendar day in the network's time zone", examples = "2026-12-15") LocalDate dueDate) {
}
