package de.netzwerk.meeting.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.rest.problem.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The change feed of a network (issue 16, item 9): the events this service published on its topic, only the
 * network's, in publish order, as CloudEvents. A municipal system without Kafka follows its network by asking again
 * with the cursor of the last answer; it never gets an event twice, or misses one, for a cursor it kept.
 *
 * <p>Each service serves its own topic's feed at {@value #PATH_PREFIX}{@code <topic>} from a resource of its own
 * (the path names the topic, so the front door routes it to the owner, and each operation is the service's own in
 * the merged OpenAPI document); what the feed answers is this one copied mechanism. Other topics, such as
 * personal-data-exports with its personal data, have no feed.
 */
@ApplicationScoped
public class Feed {

    public static final String PATH_PREFIX = "/api/v1/networks/{networkId}/feeds/";
    public static final String SUMMARY = "Follow the network's events on this service's topic";
    public static final String DESCRIPTION = "The events this service published on its topic, only this network's, in "
            + "publish order, each a CloudEvent as on Kafka (data is the event's payload, whose JSON Schema the "
            + "service's AsyncAPI files give). Send the answer's next as after= to continue exactly after the last event "
            + "returned (or follow Link rel=next): no event is repeated or skipped. next is opaque: store it, send it "
            + "back, never build one. Without after, the feed starts at its oldest kept event. An empty list means "
            + "caught up: ask again after Retry-After seconds. Events are kept for the configured retention (default "
            + "30 days); a cursor older than that answers 410: read the current state again, then follow from the "
            + "start. Events that named a partner whose data was erased are removed; the erasure itself stays "
            + "announced (ids only).";
    public static final String GONE = "The events after this cursor are no longer kept: read the current state again, "
            + "then follow the feed from its start";

    /** A payload as its fields, in their order. */
    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() { };

    private final FeedStore store;
    private final FeedConfig config;
    private final ObjectMapper json;

    Feed(FeedStore store, FeedConfig config, ObjectMapper json) {
        this.store = store;
        this.config = config;
        this.json = json;
    }

    /** The events of the network after the cursor ({@code after}, null from the start), and the cursor to send next. */
    public RestResponse<FeedPage> read(String networkId, String after, int limit, UriInfo uriInfo) {
        FeedCursor from = after == null ? new FeedCursor(store.horizon(networkId)) : parse(after);
        List<FeedStore.JournaledEvent> events = store.after(networkId, Outbox.TOPIC, from.position(), limit);
        // Read after the page: had the retention job removed events after the cursor meanwhile, it would show here.
        if (after != null && from.position() < store.horizon(networkId)) {
            throw new FeedCursorExpiredException(from);
        }
        FeedCursor next = events.isEmpty() ? from : new FeedCursor(events.getLast().position());
        FeedPage page = new FeedPage(events.stream().map(this::cloudEvent).toList(), next.token());
        RestResponse.ResponseBuilder<FeedPage> response = RestResponse.ResponseBuilder.ok(page)
                .header("Link", Link.fromUri(uriInfo.getRequestUriBuilder().replaceQueryParam("after", next.token()).build())
                        .rel("next").build());
        if (events.isEmpty()) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, config.pollInterval().toSeconds()));
        }
        return response.build();
    }

    private static FeedCursor parse(String after) {
        return FeedCursor.parse(after)
                .orElseThrow(() -> new InvalidParameterException("after", Text.of("parameter.feed-cursor")));
    }

    private FeedEvent cloudEvent(FeedStore.JournaledEvent event) {
        return new FeedEvent("1.0", event.eventId().toString(), event.eventType(), Outbox.SOURCE,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt()), event.subject(), event.networkId(),
                MediaType.APPLICATION_JSON, data(event));
    }

    private Map<String, Object> data(FeedStore.JournaledEvent event) {
        try {
            return json.readValue(event.payload(), PAYLOAD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Journaled event " + event.eventId() + " holds no JSON", e);
        }
    }
}
