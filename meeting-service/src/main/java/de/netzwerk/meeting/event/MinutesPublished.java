package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Minutes;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The minutes of a meeting came out, in time or late; those who were not there are asked to read them. */
public record MinutesPublished(String networkId, UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt,
        OffsetDateTime publishedAt, int daysAfter, boolean late, List<UUID> askedToRead) implements PublishedEvent {

    public static MinutesPublished of(Meeting meeting, Minutes minutes, List<UUID> askedToRead) {
        return new MinutesPublished(meeting.networkId, meeting.id, meeting.groupId, meeting.start(), minutes.publishedAt,
                minutes.daysAfter, minutes.late, askedToRead);
    }

    @Override
    public String eventType() {
        return "minutes-published.v1";
    }

    @Override
    public String subject() {
        return meetingId.toString();
    }
}
