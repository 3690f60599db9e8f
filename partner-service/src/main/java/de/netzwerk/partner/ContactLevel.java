package de.netzwerk.partner;

/** Seed 002, network care: keeping partners informed, and keeping the relationship alive. */
public enum ContactLevel {
    CONTENT,
    RELATIONSHIP
}
