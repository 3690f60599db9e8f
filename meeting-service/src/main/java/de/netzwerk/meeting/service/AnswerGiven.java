package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Rsvp;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitee's answer entered after the fact, with when it was given. */
public record AnswerGiven(UUID partnerId, Rsvp.Answer answer, String reason, OffsetDateTime respondedAt) {
}
