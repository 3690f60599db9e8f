package de.netzwerk.meeting.service;

import de.netzwerk.meeting.language.Text;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Moments a coordinator enters for something that has already happened (minutes published, invitations sent, an
 * answer given): history is entered after the fact, but never ahead of it. A minute of clock skew between the
 * caller's clock and ours is allowed, as for tokens.
 */
final class PastMoments {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private PastMoments() {
    }

    static void requireNotInFuture(String field, OffsetDateTime moment, OffsetDateTime now) {
        if (moment.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidFieldException(field, Text.of("must-not-be-in-future.now", now));
        }
    }
}
