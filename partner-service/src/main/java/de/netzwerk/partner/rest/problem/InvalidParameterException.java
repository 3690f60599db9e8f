package de.netzwerk.partner.rest.problem;

import jakarta.ws.rs.BadRequestException;

/** A query parameter's value cannot be read; the problem names the parameter. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
