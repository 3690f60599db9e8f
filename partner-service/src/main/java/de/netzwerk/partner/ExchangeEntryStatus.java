package de.netzwerk.partner;

/** Where an offer or a need of the resource exchange stands on a given day in the network's time zone. */
public enum ExchangeEntryStatus {
    /** Through the end of its valid-until day, unless withdrawn. */
    OPEN,
    /** Its valid-until day has passed. */
    EXPIRED,
    /** Its partner (or a coordinator for them) took it back. */
    WITHDRAWN
}
