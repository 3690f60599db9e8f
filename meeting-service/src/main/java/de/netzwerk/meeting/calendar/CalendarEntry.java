package de.netzwerk.meeting.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A meeting as a calendar shows it. Start and end are in the meeting's own zone (the zone of {@code starts}), which
 * the calendar defines once for all its entries. A cancelled meeting keeps its entry: {@code cancelledAt} and the
 * reason are there only then. {@code place}, {@code onlineLink} and {@code agenda} may be absent (null).
 */
public record CalendarEntry(UUID meetingId, String title, ZonedDateTime starts, ZonedDateTime ends, int sequence,
        boolean cancelled, String cancellationReason, Instant cancelledAt, String place, String onlineLink,
        String agenda, URI link) {

    /** The IANA zone the meeting takes place in, as iCalendar's TZID names it. */
    public String timeZone() {
        return starts.getZone().getId();
    }
}
