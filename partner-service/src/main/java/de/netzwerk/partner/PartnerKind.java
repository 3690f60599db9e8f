package de.netzwerk.partner;

public enum PartnerKind {
    ORGANISATION,
    PERSON
}
