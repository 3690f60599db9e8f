package de.netzwerk.task.inbox;

/**
 * An event that can never be processed as it is (unparseable, an unknown version, failing validation).
 * The consumer sends it to its dead-letter topic with this message as the reason, and goes on.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String reason) {
        super(reason);
    }

    public UnprocessableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
