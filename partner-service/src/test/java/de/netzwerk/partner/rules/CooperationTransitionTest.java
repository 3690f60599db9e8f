package de.netzwerk.partner.rules;

import static de.netzwerk.partner.rules.CooperationStatus.ACTIVE;
import static de.netzwerk.partner.rules.CooperationStatus.ENDED;
import static de.netzwerk.partner.rules.CooperationStatus.ENDED_EARLY;
import static de.netzwerk.partner.rules.CooperationStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.netzwerk.partner.rules.CooperationTransition.Decision;
import de.netzwerk.partner.rules.CooperationTransition.Moved;
import de.netzwerk.partner.rules.CooperationTransition.Refusal;
import de.netzwerk.partner.rules.CooperationTransition.Refused;
import de.netzwerk.partner.rules.CooperationTransition.Request;
import de.netzwerk.partner.rules.CooperationTransition.Unchanged;

class CooperationTransitionTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "PLANNED, ACTIVE", "ACTIVE, ENDED" })
    void theLifecycleMovesForwardStepByStep(CooperationStatus from, CooperationStatus to) {
        Decision decision = CooperationTransition.decide(from, plain(to), TODAY);

        assertEquals(to, ((Moved) decision).status());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "PLANNED, ENDED", "ACTIVE, PLANNED", "ENDED, ACTIVE", "ENDED, ENDED_EARLY", "ENDED_EARLY, ACTIVE",
            "ENDED_EARLY, PLANNED" })
    void noOtherStepExistsAndAnEndedCooperationStaysEnded(CooperationStatus from, CooperationStatus to) {
        Request request = to == ENDED_EARLY ? early(null) : plain(to);

        assertEquals(new Refused(Refusal.NOT_A_STEP), CooperationTransition.decide(from, request, TODAY));
    }

    @ParameterizedTest
    @CsvSource({ "PLANNED", "ACTIVE" })
    void itEndsEarlyFromEitherOpenStatusWithAReason(CooperationStatus from) {
        assertEquals(new Moved(ENDED_EARLY, TODAY), CooperationTransition.decide(from, early(null), TODAY));
    }

    @Test
    void askingForTheStatusItHasChangesNothingEvenWithEndDetails() {
        Request again = new Request(ENDED, true, TODAY.plusDays(3), true);

        assertEquals(new Unchanged(), CooperationTransition.decide(ENDED, again, TODAY));
    }

    @Test
    void endingEarlyWithoutAReasonIsRefused() {
        Request withoutReason = new Request(ENDED_EARLY, false, null, false);

        assertEquals(new Refused(Refusal.END_REASON_MISSING), CooperationTransition.decide(ACTIVE, withoutReason, TODAY));
        assertEquals("endReason", Refusal.END_REASON_MISSING.field);
    }

    @Test
    void onlyAnEarlyEndTakesAReason() {
        Request endedWithReason = new Request(ENDED, true, null, false);

        assertEquals(new Refused(Refusal.END_REASON_NOT_EARLY), CooperationTransition.decide(ACTIVE, endedWithReason, TODAY));
    }

    @Test
    void anEndWithoutADayEndedToday() {
        assertEquals(new Moved(ENDED, TODAY), CooperationTransition.decide(ACTIVE, plain(ENDED), TODAY));
    }

    @Test
    void anEndMayBeRecordedLateButNotAhead() {
        assertEquals(new Moved(ENDED, TODAY.minusDays(10)),
                CooperationTransition.decide(ACTIVE, new Request(ENDED, false, TODAY.minusDays(10), true), TODAY));
        assertEquals(new Moved(ENDED_EARLY, TODAY), CooperationTransition.decide(PLANNED, early(TODAY), TODAY));
        assertEquals(new Refused(Refusal.ENDED_IN_FUTURE), CooperationTransition.decide(ACTIVE, early(TODAY.plusDays(1)), TODAY));
    }

    @Test
    void startingTakesNoEndDayAndNoNote() {
        Request withDay = new Request(ACTIVE, false, TODAY, false);
        Request withNote = new Request(ACTIVE, false, null, true);
        Request withBoth = new Request(ACTIVE, false, TODAY, true);

        assertEquals(new Refused(Refusal.ENDED_ON_NOT_AN_END), CooperationTransition.decide(PLANNED, withDay, TODAY));
        assertEquals(new Refused(Refusal.NOTE_NOT_AN_END), CooperationTransition.decide(PLANNED, withNote, TODAY));
        assertEquals(new Refused(Refusal.ENDED_ON_NOT_AN_END), CooperationTransition.decide(PLANNED, withBoth, TODAY),
                "the end day is named first");
        assertEquals(new Moved(ACTIVE, null), CooperationTransition.decide(PLANNED, plain(ACTIVE), TODAY));
    }

    @Test
    void aReasonIsCheckedBeforeTheDay() {
        Request reasonAndFutureDay = new Request(ENDED, true, TODAY.plusDays(1), false);

        assertEquals(new Refused(Refusal.END_REASON_NOT_EARLY), CooperationTransition.decide(ACTIVE, reasonAndFutureDay, TODAY));
    }

    private static Request plain(CooperationStatus next) {
        return new Request(next, false, null, false);
    }

    private static Request early(LocalDate endedOn) {
        return new Request(ENDED_EARLY, true, endedOn, false);
    }
}
