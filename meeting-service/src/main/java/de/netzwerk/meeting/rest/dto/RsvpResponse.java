package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Rsvp;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RsvpResponse(UUID meetingId, UUID partnerId, Rsvp.Answer answer, String reason, OffsetDateTime respondedAt,
        String recordedBy) {

    public static RsvpResponse of(Rsvp rsvp) {
        return new RsvpResponse(rsvp.meetingId, rsvp.partnerId, rsvp.answer, rsvp.reason, rsvp.respondedAt, rsvp.recordedBy);
    }
}
