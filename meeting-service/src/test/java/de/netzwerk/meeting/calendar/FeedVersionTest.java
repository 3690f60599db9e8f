package de.netzwerk.meeting.calendar;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedVersionTest {

    private static final ZonedDateTime STARTS = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private final UUID feed = UUID.randomUUID();
    private final UUID meetingId = UUID.randomUUID();

    @Test
    void theSameMeetingsGiveTheSameWeakTag() {
        String tag = FeedVersion.of(feed, "GROUP", List.of(meeting(1, false)));

        assertTrue(tag.startsWith("W/\"") && tag.endsWith("\""), tag);
        assertEquals(tag, FeedVersion.of(feed, "GROUP", List.of(meeting(1, false))));
    }

    @Test
    void aChangedMeetingAnotherMeetingOrAnotherFeedGiveAnotherTag() {
        String tag = FeedVersion.of(feed, "GROUP", List.of(meeting(1, false)));

        assertNotEquals(tag, FeedVersion.of(feed, "GROUP", List.of(meeting(2, false))));
        assertNotEquals(tag, FeedVersion.of(feed, "GROUP", List.of()));
        assertNotEquals(tag, FeedVersion.of(feed, "MY_MEETINGS", List.of(meeting(1, false))));
        assertNotEquals(FeedVersion.of(feed, "GROUP", List.of()), FeedVersion.of(UUID.randomUUID(), "GROUP", List.of()));
    }

    @Test
    void aCancellationChangesTheTagEvenWhereTheSequenceWouldNot() {
        assertNotEquals(FeedVersion.of(feed, "GROUP", List.of(meeting(1, false))),
                FeedVersion.of(feed, "GROUP", List.of(meeting(1, true))));
    }

    @Test
    void theTagIsTheOneTheFeedGaveBeforeCalendarEntriesExisted() {
        // Made of "<feed> <scope> <meeting>:<sequence>:<status>" as it always was: clients' cached tags stay valid.
        UUID fixedFeed = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID fixedMeeting = UUID.fromString("00000000-0000-0000-0000-000000000002");
        CalendarEntry entry = new CalendarEntry(fixedMeeting, "t", STARTS, STARTS.plusHours(2), 3, true, "r", null,
                null, null, null, URI.create("https://example.org"));
        String state = fixedFeed + " GROUP " + fixedMeeting + ":3:CANCELLED";
        String expected = "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                FeedSecret.sha256(state.getBytes(StandardCharsets.UTF_8))) + "\"";

        assertEquals(expected, FeedVersion.of(fixedFeed, "GROUP", List.of(entry)));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndTheWildcard() {
        String tag = FeedVersion.of(feed, "GROUP", List.of(meeting(1, false)));
        String strong = tag.substring(2);

        assertTrue(FeedVersion.matches(tag, tag));
        assertTrue(FeedVersion.matches(strong, tag));
        assertTrue(FeedVersion.matches("\"other\", " + tag, tag));
        assertTrue(FeedVersion.matches("*", tag));
        assertFalse(FeedVersion.matches(null, tag));
        assertFalse(FeedVersion.matches("W/\"other\"", tag));
    }

    private CalendarEntry meeting(int sequence, boolean cancelled) {
        return new CalendarEntry(meetingId, "AG Inklusion", STARTS, STARTS.plusHours(2), sequence, cancelled,
                cancelled ? "Krankheit" : null, null, null, null, null, URI.create("https://example.org/m"));
    }
}
