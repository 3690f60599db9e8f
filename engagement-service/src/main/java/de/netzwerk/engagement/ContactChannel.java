package de.netzwerk.engagement;

/** How a coordinator reached the partner during follow-up. */
public enum ContactChannel {
    PHONE,
    IN_PERSON,
    VIDEO,
    EMAIL,
    LETTER,
    OTHER
}
