package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Rsvp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RsvpResponse(@Schema(required = true) UUID meetingId, @Schema(required = true) UUID partnerId,
        @Schema(required = true) Rsvp.Answer answer, @Schema(required = true, nullable = true) String reason,
        @Schema(required = true) OffsetDateTime respondedAt, @Schema(required = true) String recordedBy) {

    public static RsvpResponse of(Rsvp rsvp) {
        return new RsvpResponse(rsvp.meetingId, rsvp.partnerId, rsvp.answer, rsvp.reason, rsvp.respondedAt, rsvp.recordedBy);
    }
}
