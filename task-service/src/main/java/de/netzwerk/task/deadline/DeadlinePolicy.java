package de.netzwerk.task.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * When the deadline clock speaks about a task, counted in calendar days of the network's time zone: due soon from
 * {@code dueSoonDays} before the due date up to the due date itself, overdue from the day after it, escalated
 * {@code escalationDays} after it. A task can have reached several thresholds at once (a deadline first seen late).
 */
public record DeadlinePolicy(int dueSoonDays, int escalationDays) {

    /** The thresholds a task due on {@code dueDate} has reached {@code today}, earliest first. */
    public List<Threshold> reached(LocalDate dueDate, LocalDate today) {
        long daysOverdue = ChronoUnit.DAYS.between(dueDate, today);
        List<Threshold> reached = new ArrayList<>();
        if (daysOverdue <= 0 && -daysOverdue <= dueSoonDays) {
            reached.add(Threshold.DUE_SOON);
        }
        if (daysOverdue >= 1) {
            reached.add(Threshold.OVERDUE);
        }
        if (daysOverdue >= escalationDays) {
            reached.add(Threshold.ESCALATION);
        }
        return reached;
    }

    /**
     * The thresholds passed over without a notice when a deadline is first seen already past: all reached but the
     * latest, which is the one notice the owner gets (not a burst of one per threshold missed).
     */
    public List<Threshold> passedOver(LocalDate dueDate, LocalDate today) {
        List<Threshold> reached = reached(dueDate, today);
        return reached.size() < 2 ? List.of() : List.copyOf(reached.subList(0, reached.size() - 1));
    }

    /** The latest due date that has reached due soon {@code today}: the clock looks at no task due later. */
    public LocalDate dueSoonUntil(LocalDate today) {
        return today.plusDays(dueSoonDays);
    }

    /** The latest due date that has reached the escalation {@code today}. */
    public LocalDate escalatedUntil(LocalDate today) {
        return today.minusDays(escalationDays);
    }
}
