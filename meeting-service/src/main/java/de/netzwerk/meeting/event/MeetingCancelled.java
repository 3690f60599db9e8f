package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting does not take place; its invitations no longer count for anyone's engagement. Without the coordinator's
 * reason, which is free text: {@code GET …/meetings/{m}} and the calendar show it.
 */
public record MeetingCancelled(String networkId, UUID meetingId, UUID groupId, OffsetDateTime startsAt, int sequence,
        OffsetDateTime cancelledAt) implements PublishedEvent {

    public static MeetingCancelled of(Meeting meeting) {
        return new MeetingCancelled(meeting.networkId, meeting.id, meeting.groupId, meeting.start(), meeting.sequence,
                meeting.cancelledAt);
    }

    @Override
    public String eventType() {
        return "cancelled.v1";
    }

    @Override
    public String subject() {
        return meetingId.toString();
    }
}
