package de.netzwerk.partner.rest.problem;

import jakarta.ws.rs.ClientErrorException;

/** 428: the request must say which version it changes (If-Match). */
public class PreconditionRequiredException extends ClientErrorException {

    public PreconditionRequiredException(String message) {
        super(message, 428);
    }
}
