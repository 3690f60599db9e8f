package de.netzwerk.meeting.timing;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static de.netzwerk.meeting.timing.EarliestMoment.Correction.CORRECT;
import static de.netzwerk.meeting.timing.EarliestMoment.Correction.KEEP;
import static de.netzwerk.meeting.timing.EarliestMoment.Correction.REFUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EarliestMomentTest {

    private static final OffsetDateTime RECORDED = OffsetDateTime.parse("2026-12-05T10:00:00+01:00");

    @Test
    void noMomentGivenKeepsTheRecordedOne() {
        assertEquals(KEEP, EarliestMoment.of(RECORDED, null));
    }

    @Test
    void theSameMomentKeepsTheRecordedOneWhateverTheOffsetItIsWrittenIn() {
        assertEquals(KEEP, EarliestMoment.of(RECORDED, RECORDED));
        assertEquals(KEEP, EarliestMoment.of(RECORDED, OffsetDateTime.parse("2026-12-05T09:00:00Z")));
    }

    @Test
    void anEarlierMomentCorrectsTheRecordedOne() {
        assertEquals(CORRECT, EarliestMoment.of(RECORDED, RECORDED.minusSeconds(1)));
        assertEquals(CORRECT, EarliestMoment.of(RECORDED, OffsetDateTime.parse("2026-12-05T08:59:00Z")));
    }

    @Test
    void aLaterMomentIsRefused() {
        assertEquals(REFUSE, EarliestMoment.of(RECORDED, RECORDED.plusSeconds(1)));
        assertEquals(REFUSE, EarliestMoment.of(RECORDED, OffsetDateTime.parse("2026-12-05T09:01:00Z")));
    }
}
