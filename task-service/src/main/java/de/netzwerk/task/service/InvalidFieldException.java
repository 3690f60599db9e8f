package de.netzwerk.task.service;

/** A field is well-formed but does not make sense together with what is stored; the problem names the field. */
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
