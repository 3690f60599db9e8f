package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MinutesAcknowledgement;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner has read the minutes; after a missed meeting that counts as staying in touch. */
public record MinutesAcknowledged(String networkId, UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt,
        UUID partnerId, OffsetDateTime acknowledgedAt, boolean askedToRead) implements PublishedEvent {

    public static MinutesAcknowledged of(Meeting meeting, MinutesAcknowledgement acknowledgement, boolean askedToRead) {
        return new MinutesAcknowledged(meeting.networkId, meeting.id, meeting.groupId, meeting.start(),
                acknowledgement.id.partnerId(), acknowledgement.acknowledgedAt, askedToRead);
    }

    @Override
    public String eventType() {
        return "minutes-acknowledged.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
