package de.netzwerk.meeting.position;

import de.netzwerk.meeting.language.RequestLanguage;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.rest.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code Netzwerk-Read-After: <position>} on any request: it is handled only once this service's consumers have
 * passed the position (the client got it as {@code Netzwerk-Position} from a write in another service), so that it
 * sees the effects of that write. Parts naming topics this service does not read are ignored. The wait is bounded:
 * a position not reached in time is answered 409 {@code position.not-reached} with {@code Retry-After}, never
 * with an answer that silently misses the write. Without the header nothing is waited for or read.
 *
 * <p>Runs on the worker thread, after the token and the network have been checked: no one without access makes a
 * thread wait.
 */
public class ReadAfterFilter {

    public static final String HEADER = "Netzwerk-Read-After";
    static final long RETRY_AFTER_SECONDS = 1;

    private final ConsumedPositions positions;
    private final ConsumedTopics topics;
    private final PositionConfig config;
    private final SecurityIdentity identity;
    private final RequestLanguage language;

    ReadAfterFilter(ConsumedPositions positions, ConsumedTopics topics, PositionConfig config,
            SecurityIdentity identity, RequestLanguage language) {
        this.positions = positions;
        this.topics = topics;
        this.config = config;
        this.identity = identity;
        this.language = language;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> awaitPosition(HttpHeaders headers, UriInfo uriInfo) {
        String header = headers.getHeaderString(HEADER);
        if (header == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Optional<Position> position = Position.parse(header);
        if (position.isEmpty()) {
            return Optional.of(Problem.invalid(List.of(Problem.FieldError.of(HEADER, Text.of("position.malformed"),
                    language.locale())), language.locale()).toResponse(uriInfo));
        }
        Position awaited = position.get().onlyTopics(topics.all());
        if (awaitReached(awaited)) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problem.of(409, Text.of("position.not-reached", awaited.toString()),
                        null, language.locale()).toResponse(uriInfo))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build());
    }

    private boolean awaitReached(Position awaited) {
        long deadline = System.nanoTime() + config.maxWait().toNanos();
        while (!positions.reached(awaited)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            pause(config.pollInterval());
        }
        return true;
    }

    static void pause(Duration interval) {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a position", e);
        }
    }
}
