package de.netzwerk.meeting.rest.problem;

import de.netzwerk.meeting.language.Text;
import jakarta.ws.rs.ClientErrorException;

/** 428: the request must say which version it changes (If-Match). */
public class PreconditionRequiredException extends ClientErrorException {

    private final Text text;

    public PreconditionRequiredException(Text text) {
        super(text.code(), 428);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
