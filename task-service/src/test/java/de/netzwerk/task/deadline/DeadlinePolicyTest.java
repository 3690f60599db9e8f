package de.netzwerk.task.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static de.netzwerk.task.deadline.Threshold.DUE_SOON;
import static de.netzwerk.task.deadline.Threshold.ESCALATION;
import static de.netzwerk.task.deadline.Threshold.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The deadline clock's thresholds, with the defaults: due soon 3 days ahead, escalation after 14 days overdue. */
class DeadlinePolicyTest {

    private static final DeadlinePolicy POLICY = new DeadlinePolicy(3, 14);
    private static final LocalDate DUE = LocalDate.of(2031, 3, 20);

    @Test
    void aTaskDueLaterThanTheNoticePeriodHasReachedNothing() {
        assertEquals(List.of(), POLICY.reached(DUE, DUE.minusDays(4)));
    }

    @Test
    void aTaskIsDueSoonFromTheNoticePeriodUpToItsDueDate() {
        assertEquals(List.of(DUE_SOON), POLICY.reached(DUE, DUE.minusDays(3)));
        assertEquals(List.of(DUE_SOON), POLICY.reached(DUE, DUE.minusDays(1)));
        assertEquals(List.of(DUE_SOON), POLICY.reached(DUE, DUE));
    }

    @Test
    void aTaskIsOverdueFromTheDayAfterItsDueDateAndNoLongerDueSoon() {
        assertEquals(List.of(OVERDUE), POLICY.reached(DUE, DUE.plusDays(1)));
        assertEquals(List.of(OVERDUE), POLICY.reached(DUE, DUE.plusDays(13)));
    }

    @Test
    void aTaskOverdueForTheEscalationPeriodIsEscalatedAndStillOverdue() {
        assertEquals(List.of(OVERDUE, ESCALATION), POLICY.reached(DUE, DUE.plusDays(14)));
        assertEquals(List.of(OVERDUE, ESCALATION), POLICY.reached(DUE, DUE.plusDays(200)));
    }

    @Test
    void theNoticePeriodAndEscalationFollowThePolicy() {
        DeadlinePolicy week = new DeadlinePolicy(7, 2);

        assertEquals(List.of(DUE_SOON), week.reached(DUE, DUE.minusDays(7)));
        assertEquals(List.of(), week.reached(DUE, DUE.minusDays(8)));
        assertEquals(List.of(OVERDUE), week.reached(DUE, DUE.plusDays(1)));
        assertEquals(List.of(OVERDUE, ESCALATION), week.reached(DUE, DUE.plusDays(2)));
    }

    @Test
    void withoutANoticePeriodATaskIsDueSoonOnlyOnItsDueDate() {
        DeadlinePolicy none = new DeadlinePolicy(0, 14);

        assertEquals(List.of(), none.reached(DUE, DUE.minusDays(1)));
        assertEquals(List.of(DUE_SOON), none.reached(DUE, DUE));
    }

    @Test
    void aDeadlineFirstSeenLatePassesOverAllButTheLatestThreshold() {
        assertEquals(List.of(), POLICY.passedOver(DUE, DUE.minusDays(1)), "one threshold: it is noticed");
        assertEquals(List.of(), POLICY.passedOver(DUE, DUE.plusDays(3)), "overdue alone: it is noticed");
        assertEquals(List.of(OVERDUE), POLICY.passedOver(DUE, DUE.plusDays(20)),
                "escalated: only the escalation is noticed, overdue is passed over");
    }

    @Test
    void theClockLooksAtTasksDueUpToTheNoticePeriodAndEscalatesThoseDueBeforeTheEscalationPeriod() {
        LocalDate today = LocalDate.of(2031, 3, 1);

        assertEquals(LocalDate.of(2031, 3, 4), POLICY.dueSoonUntil(today));
        assertEquals(LocalDate.of(2031, 2, 15), POLICY.escalatedUntil(today));
        assertEquals(List.of(DUE_SOON), POLICY.reached(POLICY.dueSoonUntil(today), today));
        assertEquals(List.of(), POLICY.reached(POLICY.dueSoonUntil(today).plusDays(1), today));
        assertEquals(List.of(OVERDUE, ESCALATION), POLICY.reached(POLICY.escalatedUntil(today), today));
        assertEquals(List.of(OVERDUE), POLICY.reached(POLICY.escalatedUntil(today).plusDays(1), today));
    }
}
