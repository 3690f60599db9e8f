package de.netzwerk.partner;

public enum SignupStatus {
    OPEN,
    /** Takes no more entries; its entries stay. */
    CLOSED
}
