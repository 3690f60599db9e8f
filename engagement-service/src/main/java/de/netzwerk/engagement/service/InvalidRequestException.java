package de.netzwerk.engagement.service;

import java.util.List;

/** The request is well-formed but its values do not fit together; each error names the field. */
public class InvalidRequestException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("Invalid value for: " + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
        this.errors = errors;
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
