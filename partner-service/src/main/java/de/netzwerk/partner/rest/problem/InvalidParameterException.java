package de.netzwerk.partner.rest.problem;

import de.netzwerk.partner.language.Text;
import jakarta.ws.rs.BadRequestException;

/** A query parameter's value cannot be read; the problem names the parameter and the rule it broke. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final Text rule;

    public InvalidParameterException(String parameter, Text rule) {
        super(rule.code());
        this.parameter = parameter;
        this.rule = rule;
    }

    public String parameter() {
        return parameter;
    }

    public Text rule() {
        return rule;
    }
}
