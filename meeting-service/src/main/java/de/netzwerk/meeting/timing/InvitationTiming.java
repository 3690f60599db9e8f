package de.netzwerk.meeting.timing;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How far ahead invitations went out, counted in calendar days where the meeting takes place (an invitation sent on
 * Monday evening for Tuesday's meeting is one day ahead, whatever the hours). Fewer days ahead than the policy asks
 * is late. Invitations recorded once the meeting had started are backfilled history: no days ahead, never late.
 */
public final class InvitationTiming {

    /** {@code daysAhead} is null exactly when the invitations are backfilled. */
    public record Judged(Integer daysAhead, boolean late, boolean backfilled) {
    }

    private InvitationTiming() {
    }

    public static Judged judge(OffsetDateTime sentAt, ZonedDateTime meetingStarts, int policyDaysAhead) {
        if (!meetingStarts.toInstant().isAfter(sentAt.toInstant())) {
            return new Judged(null, false, true);
        }
        int daysAhead = (int) ChronoUnit.DAYS.between(sentAt.atZoneSameInstant(meetingStarts.getZone()).toLocalDate(),
                meetingStarts.toLocalDate());
        return new Judged(daysAhead, daysAhead < policyDaysAhead, false);
    }
}
