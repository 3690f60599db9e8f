package de.netzwerk.engagement;

/** Where the follow-up of an alert stands. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CONTACTED,
    RESOLVED,
    DISMISSED
}
