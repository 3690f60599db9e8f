package de.netzwerk.engagement;

import java.util.EnumSet;
import java.util.Set;

/** Where the follow-up of an alert stands. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    CONTACTED,
    RESOLVED,
    DISMISSED;

    /** Statuses in which the alert still waits for its follow-up to finish. */
    public static final Set<AlertStatus> OPEN_STATES = EnumSet.of(OPEN, ACKNOWLEDGED, CONTACTED);
}
