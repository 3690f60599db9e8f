package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Attendance;
import de.netzwerk.meeting.AttendanceStatus;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every field is always there (required for generated clients). */
public record AttendanceResponse(@Schema(required = true) UUID meetingId, @Schema(required = true) List<Entry> entries) {

    @Schema(name = "AttendanceEntry")
    public record Entry(@Schema(required = true) UUID partnerId, @Schema(required = true) AttendanceStatus status,
            @Schema(required = true) int revision, @Schema(required = true) OffsetDateTime recordedAt) {
    }

    public static AttendanceResponse of(UUID meetingId, List<Attendance> attendances) {
        return new AttendanceResponse(meetingId, attendances.stream()
                .map(attendance -> new Entry(attendance.partnerId, attendance.status, attendance.revision,
                        attendance.recordedAt))
                .toList());
    }
}
