package de.netzwerk.meeting.service;

import de.netzwerk.meeting.language.Text;

/**
 * An {@code If-Match} was sent for something that does not exist yet (minutes not published): no version can match it,
 * so the precondition fails (RFC 9110, 13.1.1: 412), as it would for a stale one. The text says what is missing.
 */
public class NothingToMatchException extends ConflictException {

    public NothingToMatchException(Text text) {
        super(text);
    }
}
