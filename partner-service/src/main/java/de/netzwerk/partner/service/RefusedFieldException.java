package de.netzwerk.partner.service;

import de.netzwerk.partner.language.Text;

/**
 * A well-formed request the service cannot accept because of one field's value in context (a cooperation of one
 * party, a sign-up without consent): 422 naming the field.
 */
public class RefusedFieldException extends RuntimeException {

    private final String field;
    private final Text rule;

    public RefusedFieldException(String field, Text rule) {
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
