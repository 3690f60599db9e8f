package de.netzwerk.meeting.service;

import de.netzwerk.meeting.language.Text;

/**
 * A change of something that exists came without the version the caller read ({@code If-Match}), where the service,
 * not the resource, knows that it exists (minutes: their first publication needs none). Answered 428 like a missing
 * If-Match anywhere else.
 */
public class VersionRequiredException extends ConflictException {

    public VersionRequiredException() {
        super(Text.of("version.required"));
    }
}
