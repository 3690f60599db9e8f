package de.netzwerk.task.service;

import de.netzwerk.task.language.Text;

/** A field is well-formed but does not make sense together with what is stored; the problem names the field. */
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
