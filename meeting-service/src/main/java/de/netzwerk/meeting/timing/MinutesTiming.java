package de.netzwerk.meeting.timing;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How long after a meeting its minutes came out, counted in calendar days where the meeting took place, from the day
 * it ended. More days than the policy allows is late. Minutes published while the meeting was still going on count
 * as zero days after it.
 */
public final class MinutesTiming {

    public record Judged(int daysAfter, boolean late) {
    }

    private MinutesTiming() {
    }

    public static Judged judge(ZonedDateTime meetingEnds, OffsetDateTime publishedAt, int policyWithinDays) {
        int daysAfter = (int) Math.max(0, ChronoUnit.DAYS.between(meetingEnds.toLocalDate(),
                publishedAt.atZoneSameInstant(meetingEnds.getZone()).toLocalDate()));
        return new Judged(daysAfter, daysAfter > policyWithinDays);
    }
}
