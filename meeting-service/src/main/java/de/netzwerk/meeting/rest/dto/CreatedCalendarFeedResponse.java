package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.CalendarFeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A new calendar feed with its secret link, shown this once: keep it like a password.")
public record CreatedCalendarFeedResponse(@Schema(required = true) UUID id,
        @Schema(required = true) CalendarFeed.Scope scope,
        @Schema(required = true, nullable = true, description = "The group of a GROUP feed; null for MY_MEETINGS") UUID groupId,
        @Schema(required = true, nullable = true,
                description = "The partner the feed is for; null for a coordinator's account without one") UUID partnerId,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, description = "Subscribe to this address in a calendar app; it needs no token. Revoke the feed if it leaks.",
                examples = "https://netzwerk.example.org/api/v1/calendar/feeds/q3J0b2tlbi1zZWNyZXQtZXhhbXBsZS1ub3QtcmVhbA.ics")
        URI url) {

    public static CreatedCalendarFeedResponse of(CalendarFeed feed, URI url) {
        return new CreatedCalendarFeedResponse(feed.id, feed.scope, feed.groupId, feed.partnerId, feed.createdAt, url);
    }
}
