package de.netzwerk.task.rest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value in a request body is well-formed JSON but outside what the API accepts; the message says why. */
public class RefusedValueException extends JsonMappingException {

    public RefusedValueException(JsonParser parser, String reason) {
        super(parser, reason);
    }

    /** The reason alone, without Jackson's location suffix: it is shown to the caller. */
    public String reason() {
        return getOriginalMessage();
    }
}
