package de.netzwerk.partner.service;

import de.netzwerk.partner.language.Text;

/**
 * An entry of a list in the request says again what an earlier entry already said (the same partner twice).
 * Answered with 422 naming the later entry's field: each entry is well-formed, but together they cannot be applied.
 */
public class DuplicateEntryException extends RuntimeException {

    private final String field;
    private final Text rule;

    public DuplicateEntryException(String field, Text rule) {
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
