package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MeetingFormat;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting was scheduled, or entered after the fact ({@code backfilled}) when a network catches up on history. Like
 * every meeting event it carries ids, times and codes, not the title, place or online link a coordinator typed: free
 * text could not be erased from the topic, and whoever needs it reads {@code GET …/meetings/{m}}.
 */
public record MeetingScheduled(String networkId, UUID meetingId, UUID groupId, MeetingFormat format,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, int sequence,
        OffsetDateTime scheduledAt, boolean backfilled) implements PublishedEvent {

    public static MeetingScheduled of(Meeting meeting) {
        return new MeetingScheduled(meeting.networkId, meeting.id, meeting.groupId, meeting.format,
                meeting.start(), meeting.end(), meeting.timeZone, meeting.sequence,
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
