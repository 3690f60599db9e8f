package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.CalendarFeed;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "What the feed shows: a group's meetings (groupId required) or the meetings the caller is invited to.")
public record CreateCalendarFeedRequest(
        @Schema(examples = "GROUP") @NotNull CalendarFeed.Scope scope,
        @Schema(description = "The group of a GROUP feed; left out for MY_MEETINGS") UUID groupId) {
}
