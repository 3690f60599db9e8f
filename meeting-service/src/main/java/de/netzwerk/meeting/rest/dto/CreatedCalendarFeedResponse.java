package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.CalendarFeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A new calendar feed with its secret link, shown this once: keep it like a password.")
public record CreatedCalendarFeedResponse(UUID id, CalendarFeed.Scope scope, UUID groupId, UUID partnerId,
        OffsetDateTime createdAt,
        @Schema(description = "Subscribe to this address in a calendar app; it needs no token. Revoke the feed if it leaks.",
                examples = "https://netzwerk.example.org/api/v1/calendar/feeds/q3J0b2tlbi1zZWNyZXQtZXhhbXBsZS1ub3QtcmVhbA.ics")
        URI url) {

    public static CreatedCalendarFeedResponse of(CalendarFeed feed, URI url) {
        return new CreatedCalendarFeedResponse(feed.id, feed.scope, feed.groupId, feed.partnerId, feed.createdAt, url);
    }
}
