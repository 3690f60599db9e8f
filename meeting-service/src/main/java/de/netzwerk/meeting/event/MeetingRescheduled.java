package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MeetingFormat;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting moved to another time; invitations and answers stay with it. */
public record MeetingRescheduled(String networkId, UUID meetingId, UUID groupId, MeetingFormat format,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, int sequence, OffsetDateTime previousStartsAt,
        OffsetDateTime previousEndsAt, OffsetDateTime rescheduledAt) implements PublishedEvent {

    public static MeetingRescheduled of(Meeting meeting, OffsetDateTime previousStart, OffsetDateTime previousEnd,
            OffsetDateTime now) {
        return new MeetingRescheduled(meeting.networkId, meeting.id, meeting.groupId, meeting.format,
                meeting.start(), meeting.end(), meeting.timeZone, meeting.sequence, previousStart, previousEnd, now);
    }

    @Override
    public String eventType() {
        return "rescheduled.v1";
    }

    @Override
    public String subject() {
        return meetingId.toString();
    }
}
