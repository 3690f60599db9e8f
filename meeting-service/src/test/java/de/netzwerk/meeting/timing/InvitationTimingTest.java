package de.netzwerk.meeting.timing;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationTimingTest {

    private static final int POLICY = 7;
    /** Thursday 3 December 2026, 18:00 in Berlin (UTC+1). */
    private static final ZonedDateTime STARTS = ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void invitationsSentAsManyDaysAheadAsThePolicyAsksAreInTime() {
        InvitationTiming.Judged judged = InvitationTiming.judge(OffsetDateTime.parse("2026-11-26T23:00:00+01:00"),
                STARTS, POLICY);

        assertEquals(7, judged.daysAhead());
        assertFalse(judged.late());
        assertFalse(judged.backfilled());
    }

    @Test
    void oneDayFewerThanThePolicyAsksIsLate() {
        InvitationTiming.Judged judged = InvitationTiming.judge(OffsetDateTime.parse("2026-11-27T08:00:00+01:00"),
                STARTS, POLICY);

        assertEquals(6, judged.daysAhead());
        assertTrue(judged.late());
    }

    @Test
    void daysAreCalendarDaysWhereTheMeetingTakesPlaceNotHoursNorTheSendersOffset() {
        // 26 November 23:30 in New York is already 27 November in Berlin: six days ahead there, and late.
        InvitationTiming.Judged judged = InvitationTiming.judge(OffsetDateTime.parse("2026-11-26T23:30:00-05:00"),
                STARTS, POLICY);

        assertEquals(6, judged.daysAhead());
        assertTrue(judged.late());
    }

    @Test
    void invitationsOnTheDayOfTheMeetingBeforeItStartsAreZeroDaysAhead() {
        InvitationTiming.Judged judged = InvitationTiming.judge(OffsetDateTime.parse("2026-12-03T17:59:00+01:00"),
                STARTS, POLICY);

        assertEquals(0, judged.daysAhead());
        assertTrue(judged.late());
        assertFalse(judged.backfilled());
    }

    @Test
    void invitationsRecordedOnceTheMeetingStartedAreBackfilledAndNeverLate() {
        for (String sentAt : new String[] { "2026-12-03T18:00:00+01:00", "2027-01-10T10:00:00+01:00" }) {
            InvitationTiming.Judged judged = InvitationTiming.judge(OffsetDateTime.parse(sentAt), STARTS, POLICY);

            assertTrue(judged.backfilled(), sentAt);
            assertNull(judged.daysAhead(), sentAt);
            assertFalse(judged.late(), sentAt);
        }
    }

    @Test
    void aPolicyOfNoDaysAheadNeverMakesInvitationsLate() {
        assertFalse(InvitationTiming.judge(OffsetDateTime.parse("2026-12-03T17:00:00+01:00"), STARTS, 0).late());
    }
}
