package de.netzwerk.meeting.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the meeting does not take place; invitees and calendars are told.")
public record CancelMeetingRequest(
        @Schema(examples = "Zu wenige Zusagen; wir treffen uns im Januar.")
        @NotBlank @Size(max = 500) String reason) {
}
