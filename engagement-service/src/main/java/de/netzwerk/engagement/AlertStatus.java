package de.netzwerk.engagement;

/** Where the follow-up of an alert stands. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CONTACTED,
    RESOLVED,
    DISMISSED;

    /** Statuses in which the alert still waits for its follow-up to finish. */
    public static final java.util.Set<AlertStatus> OPEN_STATES = java.util.EnumSet.of(OPEN, ACKNOWLEDGED, CONTACTED);
}
