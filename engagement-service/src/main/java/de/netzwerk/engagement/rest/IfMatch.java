package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.rest.problem.InvalidParameterException;
import de.netzwerk.engagement.rest.problem.PreconditionRequiredException;

/**
 * Reads the version a client claims to have read from an {@code If-Match} header ({@code "3"} or {@code W/"3"}).
 * A change without it is refused with 428, so that no one overwrites a change they never saw.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(Text.of("version.required"));
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", Text.of("etag"));
        }
    }
}
