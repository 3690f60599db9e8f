package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Meeting;

import java.time.OffsetDateTime;
import java.util.UUID;

public record MeetingResponse(UUID id, UUID groupId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
        OffsetDateTime createdAt, long version) {

    public static MeetingResponse of(Meeting meeting) {
        return new MeetingResponse(meeting.id, meeting.groupId, meeting.title, meeting.startsAt, meeting.endsAt,
                meeting.createdAt, meeting.version);
    }
}
