package de.netzwerk.task.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a day relates to a due date, in whole calendar days of the network: a task is late or overdue only from the day
 * after its due date; done on the due date itself is on time.
 */
public final class Lateness {

    private Lateness() {
    }

    /** True if a task due on {@code dueDate} (null: no due date) is past it on {@code today}. */
    public static boolean overdue(LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }

    /** The days {@code day} lies after {@code dueDate}: 0 when on or before it, and without a due date. */
    public static int daysLate(LocalDate dueDate, LocalDate day) {
        return dueDate == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, day));
    }

    /** The days between the due date and {@code today}, either way: "due in 3 days", "overdue by 3 days". */
    public static int daysApart(LocalDate dueDate, LocalDate today) {
        return (int) Math.abs(ChronoUnit.DAYS.between(dueDate, today));
    }
}
