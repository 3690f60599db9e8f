package de.netzwerk.engagement;

import java.util.Set;

/** Where a partner's objection to scoring stands. */
public enum ObjectionStatus {
    /** Recorded, waiting for a coordinator's review: scoring is paused for the partner meanwhile. */
    OPEN,
    /** A coordinator upheld it: the partner is never scored again, their score is gone. */
    UPHELD,
    /** A coordinator rejected it with the compelling legitimate grounds (Art. 21(1)): scoring resumes. */
    REJECTED,
    /** The partner took it back: scoring resumes. */
    WITHDRAWN;

    /** The statuses that keep the partner from being scored; a partner has at most one objection in them. */
    public static final Set<ObjectionStatus> STANDING = Set.of(OPEN, UPHELD);

    /** What a coordinator may decide on an open objection. */
    public boolean isDecision() {
        return this == UPHELD || this == REJECTED;
    }
}
