package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.MinutesAcknowledgement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AcknowledgementResponse(@Schema(required = true) UUID meetingId, @Schema(required = true) UUID partnerId,
        @Schema(required = true) OffsetDateTime acknowledgedAt, @Schema(required = true) String recordedBy) {

    public static AcknowledgementResponse of(MinutesAcknowledgement acknowledgement) {
        return new AcknowledgementResponse(acknowledgement.id.meetingId(), acknowledgement.id.partnerId(),
                acknowledgement.acknowledgedAt, acknowledgement.recordedBy);
    }
}
