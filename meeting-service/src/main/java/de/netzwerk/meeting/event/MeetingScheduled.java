package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MeetingFormat;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting was scheduled, or entered after the fact ({@code backfilled}) when a network catches up on history. */
public record MeetingScheduled(String networkId, UUID meetingId, UUID groupId, String title, MeetingFormat format,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, String place, String onlineLink, int sequence,
        OffsetDateTime scheduledAt, boolean backfilled) implements PublishedEvent {

    public static MeetingScheduled of(Meeting meeting) {
        return new MeetingScheduled(meeting.networkId, meeting.id, meeting.groupId, meeting.title, meeting.format,
                meeting.start(), meeting.end(), meeting.timeZone, meeting.place, meeting.onlineLink, meeting.sequence,
                meeting.createdAt, meeting.hasStarted(meeting.createdAt));
    }

    @Override
    public String eventType() {
        return "scheduled.v1";
    }

    @Override
    public String subject() {
        return meetingId.toString();
    }
}
