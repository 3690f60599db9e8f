package de.netzwerk.task.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One read of a feed: the events after the cursor sent, and the cursor to send next time. Not a numbered page. */
@Schema(name = "FeedPage")
public record FeedPage(
        @Schema(required = true, description = "In publish order; empty when the follower has caught up") List<FeedEvent> events,
        @Schema(required = true, description = "Opaque cursor: the last event returned, or the one sent if none was; "
                + "send it as after= to continue exactly there") String next) {
}
