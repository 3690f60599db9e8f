package de.netzwerk.partner.rules;

/** PLANNED → ACTIVE → ENDED, or ENDED_EARLY from either of the first two. */
public enum CooperationStatus {
    PLANNED,
    ACTIVE,
    /** Ended as agreed. */
    ENDED,
    /** Ended before its time or before it started, with a {@link de.netzwerk.partner.CooperationEndReason}. */
    ENDED_EARLY;

    public boolean ended() {
        return this == ENDED || this == ENDED_EARLY;
    }

    /** Whether a cooperation may go from this status to {@code next}. */
    public boolean mayBecome(CooperationStatus next) {
        return switch (this) {
            case PLANNED -> next == ACTIVE || next == ENDED_EARLY;
            case ACTIVE -> next == ENDED || next == ENDED_EARLY;
            case ENDED, ENDED_EARLY -> false;
        };
    }
}
