package de.netzwerk.meeting.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A meeting to schedule for a group")
public record ScheduleMeetingRequest(
        @NotNull UUID groupId,
        @Schema(examples = "AG Inklusion – Treffen im Oktober")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "ISO-8601 with offset", examples = "2026-12-03T18:00:00+01:00")
        @NotNull OffsetDateTime startsAt,
        @Schema(description = "ISO-8601 with offset, after startsAt", examples = "2026-12-03T20:00:00+01:00")
        @NotNull OffsetDateTime endsAt) {
}
