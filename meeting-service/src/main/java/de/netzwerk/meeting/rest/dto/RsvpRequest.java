package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Rsvp;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Zusage or Absage. A decline before the meeting makes a later absence excused.")
public record RsvpRequest(
        @Schema(examples = "DECLINED") @NotNull Rsvp.Answer answer,
        @Schema(examples = "Elternabend in der Schule") @Size(max = 500) String reason) {
}
