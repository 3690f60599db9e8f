package de.netzwerk.partner.service;

/** A field is well-formed but does not make sense together with the rest of the request. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
