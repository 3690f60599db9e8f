package de.netzwerk.meeting.service;

import de.netzwerk.meeting.MeetingFormat;

import java.time.OffsetDateTime;

/**
 * What a coordinator says about a meeting, when scheduling it and when changing it; {@code format} and
 * {@code timeZone} may be absent (the defaults: a working meeting, the network's zone).
 */
public record MeetingDetails(String title, MeetingFormat format, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String timeZone, String place, String onlineLink, String agenda) {
}
