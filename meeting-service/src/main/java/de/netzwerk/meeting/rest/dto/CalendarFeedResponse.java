package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.CalendarFeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A calendar feed; its link is shown once, when it is created, and never again.")
public record CalendarFeedResponse(@Schema(required = true) UUID id, @Schema(required = true) CalendarFeed.Scope scope,
        @Schema(required = true, nullable = true, description = "The group of a GROUP feed; null for MY_MEETINGS") UUID groupId,
        @Schema(required = true, nullable = true,
                description = "The partner the feed is for; null for a coordinator's account without one") UUID partnerId,
        @Schema(required = true) OffsetDateTime createdAt) {

    public static CalendarFeedResponse of(CalendarFeed feed) {
        return new CalendarFeedResponse(feed.id, feed.scope, feed.groupId, feed.partnerId, feed.createdAt);
    }
}
