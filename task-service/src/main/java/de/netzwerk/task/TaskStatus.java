package de.netzwerk.task;

public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Still to be done: counts for the deadline clock and for a partner's load. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
