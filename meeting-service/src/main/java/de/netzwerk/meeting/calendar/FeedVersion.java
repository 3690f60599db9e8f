package de.netzwerk.meeting.calendar;

import de.netzwerk.meeting.CalendarFeed;
import de.netzwerk.meeting.Meeting;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;

/**
 * A weak entity tag of a feed as calendar apps poll it. The text itself differs on every request (DTSTAMP is the
 * moment it was written), but what it says changes only with the set of meetings and their sequence numbers, which
 * every change of a meeting raises, its cancellation included: so the tag is made of those.
 */
public final class FeedVersion {

    private FeedVersion() {
    }

    /** {@code W/"…"}, as sent in {@code ETag}. */
    public static String of(CalendarFeed feed, Collection<Meeting> meetings) {
        StringBuilder state = new StringBuilder().append(feed.id).append(' ').append(feed.scope);
        for (Meeting meeting : meetings) {
            state.append(' ').append(meeting.id).append(':').append(meeting.sequence).append(':').append(meeting.status);
        }
        byte[] digest = FeedSecret.sha256(state.toString().getBytes(StandardCharsets.UTF_8));
        return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    }

    /** Whether an {@code If-None-Match} header names the tag (weak comparison, RFC 9110 13.1.2). */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
