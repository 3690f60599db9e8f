package de.netzwerk.engagement.service;

import de.netzwerk.engagement.language.Text;

/**
 * The version the caller sent in {@code If-Match} is no longer the stored one: someone changed the resource since the
 * caller read it. A failed precondition (412), not a conflict of the request with the data.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(long stored, long sent) {
        super(Text.of("version.stale.sent", stored, sent));
    }
}
