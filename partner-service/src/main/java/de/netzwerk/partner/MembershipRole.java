package de.netzwerk.partner;

public enum MembershipRole {
    MEMBER,
    LEAD,
    /** A "Pate"/"Patin" (seed 003): looks after a group or its newcomers. */
    PATRON
}
