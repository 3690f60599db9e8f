package de.netzwerk.partner;

public enum GroupKind {
    /** Steers the network; there is one per network. */
    STEERING,
    /** Carries the work on one theme. */
    WORKING
}
