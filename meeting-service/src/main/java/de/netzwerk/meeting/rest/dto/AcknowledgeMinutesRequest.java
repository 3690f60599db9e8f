package de.netzwerk.meeting.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "Optional: when the invitee read the minutes. No body, or {}, records it as now.")
public record AcknowledgeMinutesRequest(
        @Schema(description = "Coordinators only, for history entered after the fact: when the invitee read the "
                + "minutes, ISO-8601 with offset; not before they were published, not in the future. An earlier time "
                + "than the one recorded corrects it; a later one is refused (409).")
        OffsetDateTime acknowledgedAt) {
}
