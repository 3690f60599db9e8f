package de.netzwerk.meeting.calendar;

import de.netzwerk.meeting.CalendarFeed;
import de.netzwerk.meeting.Meeting;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedVersionTest {

    private final CalendarFeed feed = feed();
    private final Meeting meeting = meeting();

    @Test
    void theSameMeetingsGiveTheSameWeakTag() {
        String tag = FeedVersion.of(feed, List.of(meeting));

        assertTrue(tag.startsWith("W/\"") && tag.endsWith("\""), tag);
        assertEquals(tag, FeedVersion.of(feed, List.of(meeting)));
    }

    @Test
    void aChangedMeetingAnotherMeetingOrAnotherFeedGiveAnotherTag() {
        String tag = FeedVersion.of(feed, List.of(meeting));

        meeting.sequence++;
        assertNotEquals(tag, FeedVersion.of(feed, List.of(meeting)));
        assertNotEquals(tag, FeedVersion.of(feed, List.of()));
        assertNotEquals(FeedVersion.of(feed, List.of()), FeedVersion.of(feed(), List.of()));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndTheWildcard() {
        String tag = FeedVersion.of(feed, List.of(meeting));
        String strong = tag.substring(2);

        assertTrue(FeedVersion.matches(tag, tag));
        assertTrue(FeedVersion.matches(strong, tag));
        assertTrue(FeedVersion.matches("\"other\", " + tag, tag));
        assertTrue(FeedVersion.matches("*", tag));
        assertFalse(FeedVersion.matches(null, tag));
        assertFalse(FeedVersion.matches("W/\"other\"", tag));
    }

    private static CalendarFeed feed() {
        CalendarFeed feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.scope = CalendarFeed.Scope.GROUP;
        return feed;
    }

    private static Meeting meeting() {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.status = Meeting.Status.SCHEDULED;
        return meeting;
    }
}
