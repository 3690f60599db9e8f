package de.netzwerk.task.deadline;

/** The points in a task's life at which the deadline clock speaks, each once per task and due date. */
public enum Threshold {
    /** Due within the notice period (default 3 days), not yet overdue. */
    DUE_SOON,
    /** The due date has passed: the first day after it, or the first scan after that. */
    OVERDUE,
    /** Overdue for the escalation period (default 14 days). */
    ESCALATION
}
