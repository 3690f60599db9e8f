package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Attendance;
import de.netzwerk.meeting.AttendanceStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record AttendanceResponse(UUID meetingId, List<Entry> entries) {

    public record Entry(UUID partnerId, AttendanceStatus status, int revision, OffsetDateTime recordedAt) {
    }

    public static AttendanceResponse of(UUID meetingId, List<Attendance> attendances) {
        return new AttendanceResponse(meetingId, attendances.stream()
                .map(attendance -> new Entry(attendance.partnerId, attendance.status, attendance.revision,
                        attendance.recordedAt))
                .toList());
    }
}
