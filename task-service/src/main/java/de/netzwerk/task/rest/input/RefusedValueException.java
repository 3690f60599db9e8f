package de.netzwerk.task.rest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import de.netzwerk.task.language.Text;

/** A value in a request body is well-formed JSON but outside what the API accepts; the rule says why. */
public class RefusedValueException extends JsonMappingException {

    private final transient Text rule;

    public RefusedValueException(JsonParser parser, Text rule) {
        super(parser, rule.code());
        this.rule = rule;
    }

    /** The rule the value broke: it is shown to the caller, in their language. */
    public Text rule() {
        return rule;
    }
}
