package de.netzwerk.partner.service;

/**
 * A well-formed request the service cannot accept because of one field's value in context (a cooperation of one
 * party, a sign-up without consent): 422 naming the field.
 */
public class RefusedFieldException extends RuntimeException {

    private final String field;

    public RefusedFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
