package de.netzwerk.meeting.timing;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinutesTimingTest {

    private static final int POLICY = 14;
    /** Thursday 3 December 2026, 20:00 in Berlin (UTC+1). */
    private static final ZonedDateTime ENDS = ZonedDateTime.of(2026, 12, 3, 20, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @Test
    void minutesOnTheLastDayThePolicyAllowsAreInTime() {
        MinutesTiming.Judged judged = MinutesTiming.judge(ENDS, OffsetDateTime.parse("2026-12-17T23:59:00+01:00"), POLICY);

        assertEquals(14, judged.daysAfter());
        assertFalse(judged.late());
    }

    @Test
    void minutesADayLaterThanThePolicyAllowsAreLate() {
        MinutesTiming.Judged judged = MinutesTiming.judge(ENDS, OffsetDateTime.parse("2026-12-18T00:01:00+01:00"), POLICY);

        assertEquals(15, judged.daysAfter());
        assertTrue(judged.late());
    }

    @Test
    void daysAreCountedWhereTheMeetingTookPlace() {
        // 17 December 18:30 in New York is already 18 December in Berlin.
        MinutesTiming.Judged judged = MinutesTiming.judge(ENDS, OffsetDateTime.parse("2026-12-17T18:30:00-05:00"), POLICY);

        assertEquals(15, judged.daysAfter());
        assertTrue(judged.late());
    }

    @Test
    void minutesOnTheDayOfTheMeetingOrDuringItAreZeroDaysAfter() {
        assertEquals(0, MinutesTiming.judge(ENDS, OffsetDateTime.parse("2026-12-03T21:00:00+01:00"), POLICY).daysAfter());
        assertEquals(0, MinutesTiming.judge(ENDS, OffsetDateTime.parse("2026-12-03T19:00:00+01:00"), POLICY).daysAfter());
    }

    @Test
    void minutesPublishedBeforeTheDayTheMeetingEndedCountAsZeroDaysAfterNotNegative() {
        // A meeting over midnight: its minutes may come out on the day it started.
        ZonedDateTime endsNextDay = ENDS.plusHours(5);

        MinutesTiming.Judged judged = MinutesTiming.judge(endsNextDay, OffsetDateTime.parse("2026-12-03T22:00:00+01:00"),
                POLICY);

        assertEquals(0, judged.daysAfter());
        assertFalse(judged.late());
    }
}
