package de.netzwerk.meeting.timing;

import java.time.OffsetDateTime;

/**
 * Whether an invitee's answer came in time: before the meeting started, to the instant. A decline in time excuses
 * the invitee's absence (seed 000: whoever said in time that they could not come is excused, not absent); a decline
 * once the meeting had started is an absence like any other.
 */
public final class AnswerTiming {

    private AnswerTiming() {
    }

    public static boolean beforeTheMeeting(OffsetDateTime respondedAt, OffsetDateTime meetingStarts) {
        return respondedAt.isBefore(meetingStarts);
    }

    /** Whether an absence is excused by the partner's answer; {@code respondedAt} is null if they never answered. */
    public static boolean excusesAbsence(boolean declined, OffsetDateTime respondedAt, OffsetDateTime meetingStarts) {
        return declined && respondedAt != null && beforeTheMeeting(respondedAt, meetingStarts);
    }
}
