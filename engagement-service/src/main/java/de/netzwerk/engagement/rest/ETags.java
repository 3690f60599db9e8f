package de.netzwerk.engagement.rest;

import jakarta.ws.rs.core.EntityTag;

/** The ETag of a resource is its version, as a strong tag ({@code "3"}); {@link IfMatch} reads it back. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
