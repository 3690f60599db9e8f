package de.netzwerk.meeting.feed;

import de.netzwerk.meeting.language.RequestLanguage;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.rest.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The feed's own problem: 410 Gone for a cursor older than the journal keeps. */
public class FeedProblems {

    static final String CURSOR_EXPIRED = "feed.cursor-expired";

    private final RequestLanguage language;
    private final FeedConfig config;

    FeedProblems(RequestLanguage language, FeedConfig config) {
        this.language = language;
        this.config = config;
    }

    @ServerExceptionMapper
    public Response cursorExpired(FeedCursorExpiredException e, UriInfo uriInfo) {
        return Problem.of(410, Text.of(CURSOR_EXPIRED, config.retention().toDays()), null, language.locale())
                .toResponse(uriInfo);
    }
}
