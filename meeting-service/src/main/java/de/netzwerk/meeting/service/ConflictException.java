package de.netzwerk.meeting.service;

/** The request contradicts what is already stored; the message tells the caller what. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
