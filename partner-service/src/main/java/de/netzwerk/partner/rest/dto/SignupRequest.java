package de.netzwerk.partner.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A Thementisch (seed 003): a sign-up for a working group, optionally at a meeting")
public record SignupRequest(
        @Schema(description = "A working group of the network (422 otherwise)") @NotNull UUID groupId,
        @Schema(description = "The id of the meeting (in meeting-service) the table stands at. Opaque here: partner-service "
                + "knows no meetings, so it keeps the id as given and never looks it up",
                examples = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c")
        @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", message = "must be a UUID")
        String meetingId,
        @Schema(examples = "Thementisch Nachwuchs beim Auftakt") @Size(max = 200) String title) {
}
