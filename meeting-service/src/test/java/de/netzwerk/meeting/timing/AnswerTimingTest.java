package de.netzwerk.meeting.timing;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerTimingTest {

    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2026-12-03T18:00:00+01:00");

    @Test
    void anAnswerBeforeTheMeetingStartsIsInTimeToTheInstant() {
        assertTrue(AnswerTiming.beforeTheMeeting(OffsetDateTime.parse("2026-12-03T17:59:59+01:00"), STARTS));
        assertFalse(AnswerTiming.beforeTheMeeting(STARTS, STARTS));
        assertFalse(AnswerTiming.beforeTheMeeting(OffsetDateTime.parse("2026-12-03T18:30:00+01:00"), STARTS));
    }

    @Test
    void theInstantCountsNotTheOffsetTheAnswerWasGivenIn() {
        assertTrue(AnswerTiming.beforeTheMeeting(OffsetDateTime.parse("2026-12-03T16:59:00Z"), STARTS));
        assertFalse(AnswerTiming.beforeTheMeeting(OffsetDateTime.parse("2026-12-03T17:00:00Z"), STARTS));
    }

    @Test
    void aDeclineInTimeExcusesTheAbsence() {
        assertTrue(AnswerTiming.excusesAbsence(true, OffsetDateTime.parse("2026-12-01T10:00:00+01:00"), STARTS));
    }

    @Test
    void aDeclineOnceTheMeetingStartedDoesNotExcuse() {
        assertFalse(AnswerTiming.excusesAbsence(true, STARTS, STARTS));
        assertFalse(AnswerTiming.excusesAbsence(true, OffsetDateTime.parse("2026-12-04T09:00:00+01:00"), STARTS));
    }

    @Test
    void anAcceptanceOrNoAnswerDoesNotExcuse() {
        assertFalse(AnswerTiming.excusesAbsence(false, OffsetDateTime.parse("2026-12-01T10:00:00+01:00"), STARTS));
        assertFalse(AnswerTiming.excusesAbsence(true, null, STARTS));
    }
}
