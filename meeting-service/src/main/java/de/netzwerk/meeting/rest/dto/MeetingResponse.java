package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MeetingFormat;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting; start and end carry the offset of the meeting's own time zone. */
public record MeetingResponse(UUID id, UUID groupId, String title, MeetingFormat format, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String timeZone, String place, String onlineLink, String agenda, Meeting.Status status,
        String cancellationReason, OffsetDateTime cancelledAt, int sequence, OffsetDateTime createdAt, long version) {

    public static MeetingResponse of(Meeting meeting) {
        return new MeetingResponse(meeting.id, meeting.groupId, meeting.title, meeting.format, meeting.start(),
                meeting.end(), meeting.timeZone, meeting.place, meeting.onlineLink, meeting.agenda, meeting.status,
                meeting.cancellationReason, meeting.cancelledAt, meeting.sequence, meeting.createdAt, meeting.version);
    }
}
