package de.netzwerk.partner;

public enum PartnerStatus {
    /** Someone the network would like to win. */
    PROSPECT,
    ACTIVE,
    /** Taking a break, e.g. parental leave; still a partner. */
    PAUSED,
    /** Has left the network; kept for its history. */
    LEFT
}
