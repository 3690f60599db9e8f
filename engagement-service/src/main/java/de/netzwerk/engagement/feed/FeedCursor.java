package de.netzwerk.engagement.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a follower of a feed stands: after the event at this journal position. On the wire it is an opaque token
 * (base64url of a versioned form), so that clients store and send it back instead of counting with it, and the
 * form can change with its version.
 */
public record FeedCursor(long position) {

    private static final String VERSION = "p1:";

    public FeedCursor {
        if (position < 0) {
            throw new IllegalArgumentException("A feed position is never negative: " + position);
        }
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor of a token this service handed out; empty for anything else. */
    public static Optional<FeedCursor> parse(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(VERSION)) {
                return Optional.empty();
            }
            String digits = decoded.substring(VERSION.length());
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            return Optional.of(new FeedCursor(Long.parseLong(digits)));
        } catch (IllegalArgumentException e) {
            // Not base64url, or a number beyond a long: not a cursor of ours.
            return Optional.empty();
        }
    }
}
