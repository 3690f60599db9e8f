package de.netzwerk.meeting.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;

/**
 * A weak entity tag of a feed as calendar apps poll it. The text itself differs on every request (DTSTAMP is the
 * moment it was written), but what it says changes only with the set of meetings and their sequence numbers, which
 * every change of a meeting raises, its cancellation included: so the tag is made of those.
 */
public final class FeedVersion {

    private FeedVersion() {
    }

    /** {@code W/"…"}, as sent in {@code ETag}, of a feed (its id and scope) showing these meetings. */
    public static String of(UUID feedId, String scope, Collection<CalendarEntry> meetings) {
        StringBuilder state = new StringBuilder().append(feedId).append(' ').append(scope);
        for (CalendarEntry meeting : meetings) {
            // The words of the meeting's status as the tags were first made of them, so that a tag stays the same.
            String status = meeting.cancelled() ? "CANCELLED" : "SCHEDULED";
            state.append(' ').append(meeting.meetingId()).append(':').append(meeting.sequence()).append(':').append(status);
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
