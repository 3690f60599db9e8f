package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Rsvp;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitee answered (or a coordinator recorded the answer): responsiveness counts answers before the meeting. */
public record RsvpReceived(String networkId, UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt, UUID partnerId,
        Rsvp.Answer answer, OffsetDateTime respondedAt, boolean beforeMeeting) implements PublishedEvent {

    public static RsvpReceived of(Meeting meeting, Rsvp rsvp) {
        return new RsvpReceived(meeting.networkId, meeting.id, meeting.groupId, meeting.start(), rsvp.partnerId,
                rsvp.answer, rsvp.respondedAt, rsvp.cameBeforeMeeting(meeting));
    }

    @Override
    public String eventType() {
        return "rsvp-received.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
