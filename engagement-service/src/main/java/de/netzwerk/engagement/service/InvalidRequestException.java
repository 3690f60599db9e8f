package de.netzwerk.engagement.service;

import de.netzwerk.engagement.language.Text;

import java.util.List;

/** The request is well-formed but its values do not fit together; each error names the field and the rule it broke. */
public class InvalidRequestException extends RuntimeException {

    public record FieldError(String field, Text rule) {
    }

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("Invalid value for: " + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
        this.errors = errors;
    }

    public InvalidRequestException(String field, Text rule) {
        this(List.of(new FieldError(field, rule)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
