package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.AttendanceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "Who was at a meeting. Partners not named keep what was recorded for them.")
public record RecordAttendanceRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull Entry> entries) {

    @Schema(name = "AttendanceEntryRequest")
    public record Entry(@NotNull UUID partnerId, @NotNull AttendanceStatus status) {
    }
}
