package de.netzwerk.partner.service;

/**
 * An entry of a list in the request says again what an earlier entry already said (the same partner twice).
 * Answered with 422 naming the later entry's field: each entry is well-formed, but together they cannot be applied.
 */
public class DuplicateEntryException extends RuntimeException {

    private final String field;

    public DuplicateEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
