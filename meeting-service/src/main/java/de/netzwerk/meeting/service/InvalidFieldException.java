package de.netzwerk.meeting.service;

import de.netzwerk.meeting.language.Text;

/** A field is well-formed but does not make sense together with the rest of the request. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final Text rule;

    public InvalidFieldException(String field, Text rule) {
        super(rule.code());
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    /** The rule the field's value broke, shown to the caller in their language. */
    public Text rule() {
        return rule;
    }
}
