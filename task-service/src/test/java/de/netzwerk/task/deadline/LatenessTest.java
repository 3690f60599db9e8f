package de.netzwerk.task.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatenessTest {

    private static final LocalDate DUE = LocalDate.of(2031, 3, 20);

    @Test
    void doneOnOrBeforeTheDueDateIsOnTime() {
        assertEquals(0, Lateness.daysLate(DUE, DUE));
        assertEquals(0, Lateness.daysLate(DUE, DUE.minusDays(10)));
    }

    @Test
    void doneAfterTheDueDateIsLateByTheCalendarDaysAfterIt() {
        assertEquals(1, Lateness.daysLate(DUE, DUE.plusDays(1)));
        assertEquals(45, Lateness.daysLate(DUE, DUE.plusDays(45)));
    }

    @Test
    void lateIsCountedAcrossMonthsAndLeapDays() {
        assertEquals(2, Lateness.daysLate(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)));
        assertEquals(1, Lateness.daysLate(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1)));
    }

    @Test
    void aTaskWithoutADueDateIsNeverLateNorOverdue() {
        assertEquals(0, Lateness.daysLate(null, DUE));
        assertFalse(Lateness.overdue(null, DUE));
    }

    @Test
    void aTaskIsOverdueFromTheDayAfterItsDueDate() {
        assertFalse(Lateness.overdue(DUE, DUE.minusDays(1)));
        assertFalse(Lateness.overdue(DUE, DUE));
        assertTrue(Lateness.overdue(DUE, DUE.plusDays(1)));
    }

    @Test
    void theDaysApartCountEitherWay() {
        assertEquals(3, Lateness.daysApart(DUE, DUE.minusDays(3)), "due in 3 days");
        assertEquals(0, Lateness.daysApart(DUE, DUE), "due today");
        assertEquals(16, Lateness.daysApart(DUE, DUE.plusDays(16)), "overdue by 16 days");
    }
}
