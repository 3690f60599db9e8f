package de.netzwerk.meeting.calendar;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant WRITTEN = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void eachMeetingKeepsItsUidAndSequenceSoClientsUpdateTheirEntry() {
        CalendarEntry meeting = meeting(BERLIN).sequence(4).build();

        String ics = write(meeting);

        assertTrue(ics.contains("UID:" + meeting.meetingId() + "@netzwerk"), ics);
        assertTrue(ics.contains("SEQUENCE:4"), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
    }

    @Test
    void startAndEndAreWrittenInTheMeetingsOwnZone() {
        String ics = write(meeting(BERLIN).build());

        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20261203T180000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Berlin:20261203T200000"), ics);
    }

    @Test
    void eachZoneOfTheMeetingsIsDefinedOnce() {
        String ics = write(meeting(BERLIN).build(), meeting(NEW_YORK).build(), meeting(BERLIN).build());

        assertEquals(2, count(ics, "BEGIN:VTIMEZONE"), ics);
        assertEquals(1, count(ics, "TZID:Europe/Berlin\r\n"), ics);
        assertEquals(1, count(ics, "TZID:America/New_York\r\n"), ics);
        assertEquals(3, count(ics, "BEGIN:VEVENT"), ics);
    }

    @Test
    void aCalendarWithoutMeetingsIsStillACalendarWithItsName() {
        String ics = MeetingCalendar.write("Netzwerk – Meine Treffen", List.of(), WRITTEN);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("X-WR-CALNAME:Netzwerk – Meine Treffen"), ics);
        assertFalse(ics.contains("BEGIN:VEVENT"), ics);
    }

    @Test
    void theStampIsTheMomentTheCalendarIsWrittenNotTheSystemClock() {
        String ics = write(meeting(BERLIN).build());

        assertTrue(ics.contains("DTSTAMP:20261201T090000Z"), ics);
        assertEquals(1, count(ics, "DTSTAMP"), ics);
    }

    @Test
    void aCancelledMeetingStaysInTheCalendarMarkedCancelledWithItsReason() {
        Instant cancelledAt = Instant.parse("2026-11-30T12:00:00Z");
        CalendarEntry cancelled = meeting(BERLIN).cancelled("Raum nicht verfügbar", cancelledAt).build();

        String ics = write(cancelled);

        assertTrue(ics.contains("STATUS:CANCELLED"), ics);
        assertTrue(ics.contains("LAST-MODIFIED:20261130T120000Z"), ics);
        assertTrue(description(ics).startsWith("Abgesagt: Raum nicht verfügbar"), ics);
    }

    @Test
    void thePlaceIsTheLocationAndTheOnlineLinkIsTheLocationOnlyWithoutAPlace() {
        String inPerson = write(meeting(BERLIN).place("Rathaus").onlineLink("https://meet.example.org/a").build());
        String online = write(meeting(BERLIN).onlineLink("https://meet.example.org/a").build());

        assertTrue(inPerson.contains("LOCATION:Rathaus"), inPerson);
        assertTrue(description(inPerson).contains("Online: https://meet.example.org/a"), inPerson);
        assertTrue(online.contains("LOCATION:https://meet.example.org/a"), online);
        assertFalse(description(online).contains("Online:"), online);
    }

    @Test
    void theDescriptionGivesTheAgendaAndEndsWithTheLinkToTheMeeting() {
        CalendarEntry meeting = meeting(BERLIN).agenda("Rückblick").build();

        String ics = write(meeting);

        assertTrue(description(ics).startsWith("Tagesordnung:\\nRückblick"), ics);
        assertTrue(description(ics).endsWith(meeting.link().toString()), ics);
        assertTrue(unfolded(ics).contains("URL:" + meeting.link()), ics);
    }

    private static String write(CalendarEntry... meetings) {
        return MeetingCalendar.write("Netzwerk – Treffen der Gruppe", List.of(meetings), WRITTEN);
    }

    /** The DESCRIPTION property, unfolded (RFC 5545 3.1: long lines continue after CRLF and a space). */
    private static String description(String ics) {
        Matcher matcher = Pattern.compile("^DESCRIPTION:(.*)$", Pattern.MULTILINE).matcher(unfolded(ics));
        assertTrue(matcher.find(), ics);
        return matcher.group(1).strip();
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n", "\n");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Builder meeting(ZoneId zone) {
        return new Builder(zone);
    }

    /** A scheduled two-hour meeting on 3 December 2026 at 18:00 in the zone, without place, link or agenda. */
    private static final class Builder {
        private final UUID id = UUID.randomUUID();
        private final ZonedDateTime starts;
        private int sequence;
        private String cancellationReason;
        private Instant cancelledAt;
        private String place;
        private String onlineLink;
        private String agenda;

        Builder(ZoneId zone) {
            this.starts = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, zone);
        }

        Builder sequence(int value) {
            sequence = value;
            return this;
        }

        Builder cancelled(String reason, Instant at) {
            cancellationReason = reason;
            cancelledAt = at;
            return this;
        }

        Builder place(String value) {
            place = value;
            return this;
        }

        Builder onlineLink(String value) {
            onlineLink = value;
            return this;
        }

        Builder agenda(String value) {
            agenda = value;
            return this;
        }

        CalendarEntry build() {
            return new CalendarEntry(id, "AG Inklusion – Treffen", starts, starts.plusHours(2), sequence,
                    cancelledAt != null, cancellationReason, cancelledAt, place, onlineLink, agenda,
                    URI.create("https://netzwerk.example.org/api/v1/networks/n/meetings/" + id));
        }
    }
}
