package de.netzwerk.task.rules;

import de.netzwerk.task.rules.EnteredPast.Entry;
import de.netzwerk.task.rules.EnteredPast.Past;
import de.netzwerk.task.rules.EnteredPast.Reason;
import de.netzwerk.task.rules.EnteredPast.Refused;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The past a task is entered with, as of 15:00 on 10 March 2031 in Berlin (UTC+1 then). */
class EnteredPastTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
    private static final OffsetDateTime NOW = at(TODAY, 15, 0);

    @Test
    void aTaskEnteredWithoutAPastIsAssignedNow() {
        assertEquals(new Past(NOW, null, null), past(new Entry(true, null, false, null)));
    }

    @Test
    void aGivenAssignmentTimeIsKeptInTheNetworksZone() {
        OffsetDateTime inUtc = OffsetDateTime.of(2031, 3, 1, 8, 30, 0, 0, ZoneOffset.UTC);

        Past past = (Past) past(new Entry(true, inUtc, false, null));

        assertEquals(at(LocalDate.of(2031, 3, 1), 9, 30), past.assignedAt());
        assertEquals(ZoneOffset.ofHours(1), past.assignedAt().getOffset());
    }

    @Test
    void anAssignmentTimeWithoutAnOwnerIsRefused() {
        assertEquals(new Refused("assignedAt", Reason.ONLY_WITH_AN_OWNER),
                past(new Entry(false, NOW.minusDays(1), false, null)));
    }

    @Test
    void anAssignmentInTheFutureIsRefusedBeyondAMinuteOfClockSkew() {
        assertEquals(new Refused("assignedAt", Reason.IN_THE_FUTURE),
                past(new Entry(true, NOW.plusMinutes(1).plusSeconds(1), false, null)));
        assertEquals(new Past(NOW.plusMinutes(1), null, null), past(new Entry(true, NOW.plusMinutes(1), false, null)));
    }

    @Test
    void aCompletionDayIsGivenOnlyForATaskEnteredAsDone() {
        assertEquals(new Refused("completedOn", Reason.ONLY_WHEN_DONE),
                past(new Entry(true, null, false, TODAY.minusDays(1))));
    }

    @Test
    void aTaskDoneTodayWasDoneNow() {
        assertEquals(new Past(NOW, TODAY, NOW), past(new Entry(true, null, true, null)));
        assertEquals(new Past(NOW, TODAY, NOW), past(new Entry(true, null, true, TODAY)));
    }

    @Test
    void aTaskDoneOnAnEarlierDayWithoutAnAssignmentTimeWasAssignedAndDoneAtTheStartOfThatDay() {
        LocalDate done = LocalDate.of(2031, 2, 20);
        OffsetDateTime midnight = at(done, 0, 0);

        assertEquals(new Past(midnight, done, midnight), past(new Entry(true, null, true, done)));
    }

    @Test
    void aTaskAssignedDuringTheDayItWasDoneWasDoneAtItsAssignmentNeverBefore() {
        LocalDate done = LocalDate.of(2031, 2, 20);
        OffsetDateTime assigned = at(done, 11, 15);

        assertEquals(new Past(assigned, done, assigned), past(new Entry(true, assigned, true, done)));
    }

    @Test
    void aTaskAssignedBeforeTheDayItWasDoneWasDoneAtTheStartOfThatDay() {
        LocalDate done = LocalDate.of(2031, 2, 20);
        OffsetDateTime assigned = at(LocalDate.of(2031, 2, 2), 9, 0);

        assertEquals(new Past(assigned, done, at(done, 0, 0)), past(new Entry(true, assigned, true, done)));
    }

    @Test
    void aCompletionInTheFutureIsRefused() {
        assertEquals(new Refused("completedOn", Reason.IN_THE_FUTURE),
                past(new Entry(true, null, true, TODAY.plusDays(1))));
    }

    @Test
    void aCompletionBeforeTheDayOfTheAssignmentIsRefused() {
        assertEquals(new Refused("completedOn", Reason.BEFORE_THE_ASSIGNMENT),
                past(new Entry(true, at(LocalDate.of(2031, 2, 21), 0, 30), true, LocalDate.of(2031, 2, 20))));
    }

    @Test
    void theDayOfTheAssignmentIsTheNetworksDayNotUtcs() {
        // 23:30 UTC on the 20th is 00:30 on the 21st in Berlin: done on the 20th would be before it.
        OffsetDateTime lateInUtc = OffsetDateTime.of(2031, 2, 20, 23, 30, 0, 0, ZoneOffset.UTC);

        assertEquals(new Refused("completedOn", Reason.BEFORE_THE_ASSIGNMENT),
                past(new Entry(true, lateInUtc, true, LocalDate.of(2031, 2, 20))));
    }

    @Test
    void todayIsTheNetworksDay() {
        // 23:30 UTC on the 10th is already the 11th in Berlin: done "today" is done on the 11th.
        OffsetDateTime lateInUtc = OffsetDateTime.of(2031, 3, 10, 23, 30, 0, 0, ZoneOffset.UTC);

        Past past = (Past) EnteredPast.of(new Entry(true, null, true, null), lateInUtc, BERLIN);

        assertEquals(TODAY.plusDays(1), past.completedOn());
    }

    private static EnteredPast.Outcome past(Entry entry) {
        return EnteredPast.of(entry, NOW, BERLIN);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(BERLIN).toOffsetDateTime();
    }
}
