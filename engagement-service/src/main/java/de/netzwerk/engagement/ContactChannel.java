package de.netzwerk.engagement;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a coordinator reached the partner during follow-up: the contact log's vocabulary (partner-service), so that a
 * follow-up call and the partner's contact log tell the same story (issue 13, item 6). The names this API used before
 * are still read, as deprecated aliases, until its next version; answers always use the names below.
 */
@Schema(name = "FollowUpChannel", description = "The contact log's channels. Deprecated aliases, still accepted in API v1 and answered with "
        + "the new name: PHONE (CALL), IN_PERSON (PERSONAL_MEETING), VIDEO (VIDEO_CALL), EMAIL (PERSONAL_MAIL).")
public enum ContactChannel {
    @JsonAlias("PHONE")
    CALL,
    @JsonAlias("VIDEO")
    VIDEO_CALL,
    @JsonAlias("IN_PERSON")
    PERSONAL_MEETING,
    @JsonAlias("EMAIL")
    PERSONAL_MAIL,
    LETTER,
    NETWORK_EVENT,
    OTHER
}
