package de.netzwerk.meeting.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What happened around a meeting that has taken place, entered after the fact. {@code invitationsSentAt} is null when
 * the date the invitations went out is not known (or no invitations are named); the lists are empty, never null.
 */
public record MeetingHistory(List<UUID> invitees, OffsetDateTime invitationsSentAt, List<AnswerGiven> answers,
        List<Presence> presence) {
}
