package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.MinutesAcknowledgement;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AcknowledgementResponse(UUID meetingId, UUID partnerId, OffsetDateTime acknowledgedAt, String recordedBy) {

    public static AcknowledgementResponse of(MinutesAcknowledgement acknowledgement) {
        return new AcknowledgementResponse(acknowledgement.id.meetingId(), acknowledgement.id.partnerId(),
                acknowledgement.acknowledgedAt, acknowledgement.recordedBy);
    }
}
