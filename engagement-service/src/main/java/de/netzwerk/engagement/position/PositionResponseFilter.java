package de.netzwerk.engagement.position;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Prefer: position} (RFC 7240) on a write: once its transaction has committed and its events are published,
 * the answer names their position in {@code Netzwerk-Position} (for each topic-partition, the offset of the last
 * of them) and says {@code Preference-Applied: position}. The client sends it as {@code Netzwerk-Read-After} to
 * another service to see the write's effects there. The wait for the relay is bounded: events not published in
 * time (the broker away) are answered without the header; they will arrive, but the client cannot wait for them.
 * A write without events (or only with events on topics no client reads after, such as personal-data-exports)
 * needs no position and gets none. Opt-in, because waiting for the broker would slow every
 * write.
 */
public class PositionResponseFilter {

    public static final String PREFER = "Prefer";
    public static final String HEADER = "Netzwerk-Position";
    public static final String PREFERENCE_APPLIED = "Preference-Applied";
    static final String PREFERENCE = "position";

    private final WrittenEvents written;
    private final PublishedPositions published;
    private final PositionConfig config;

    PositionResponseFilter(WrittenEvents written, PublishedPositions published, PositionConfig config) {
        this.written = written;
        this.published = published;
        this.config = config;
    }

    @ServerResponseFilter
    public void tellPosition(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
                || !prefersPosition(request.getHeaders().get(PREFER))) {
            return;
        }
        List<UUID> ids = written.ofThisRequest();
        if (ids.isEmpty()) {
            return;
        }
        awaitPublished(ids).filter(position -> !position.isEmpty()).ifPresent(position -> {
            response.getHeaders().putSingle(HEADER, position.toString());
            response.getHeaders().putSingle(PREFERENCE_APPLIED, PREFERENCE);
        });
    }

    private Optional<Position> awaitPublished(List<UUID> ids) {
        long deadline = System.nanoTime() + config.publishWait().toNanos();
        Optional<Position> position;
        while ((position = published.after(ids)).isEmpty() && System.nanoTime() - deadline < 0) {
            ReadAfterFilter.pause(config.pollInterval());
        }
        return position;
    }

    /** {@code Prefer: position}, also among other preferences ({@code return=minimal, position}). */
    static boolean prefersPosition(List<String> values) {
        if (values == null) {
            return false;
        }
        return values.stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(preference -> preference.split("[=;]", 2)[0].strip().toLowerCase(Locale.ROOT))
                .anyMatch(PREFERENCE::equals);
    }
}
