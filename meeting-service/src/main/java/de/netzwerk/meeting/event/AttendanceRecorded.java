package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Attendance;
import de.netzwerk.meeting.AttendanceStatus;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Whether a partner was present, excused or absent at a meeting. A correction is published as a new event
 * with a higher revision that supersedes the earlier ones for the same meeting and partner.
 */
public record AttendanceRecorded(
        String networkId,
        UUID meetingId,
        UUID groupId,
        OffsetDateTime meetingStartsAt,
        UUID partnerId,
        AttendanceStatus status,
        int revision,
        OffsetDateTime recordedAt) implements PublishedEvent {

    public static AttendanceRecorded of(Meeting meeting, Attendance attendance) {
        return new AttendanceRecorded(meeting.networkId, meeting.id, meeting.groupId, meeting.start(),
                attendance.partnerId, attendance.status, attendance.revision, attendance.recordedAt);
    }

    @Override
    public String eventType() {
        return "attendance-recorded.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
