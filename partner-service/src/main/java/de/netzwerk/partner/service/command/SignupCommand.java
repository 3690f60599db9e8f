package de.netzwerk.partner.service.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SignupRequest", description = "A Thementisch (seed 003): a sign-up for a working group, optionally at a meeting")
public record SignupCommand(
        @Schema(description = "A working group of the network (422 otherwise)") @NotNull UUID groupId,
        @Schema(description = "The meeting the table stands at: one of the network's, as meeting-service announced it "
                + "(422 otherwise; a meeting scheduled a moment ago may need a second to be known)")
        UUID meetingId,
        @Schema(examples = "Thementisch Nachwuchs beim Auftakt") @Size(max = 200) String title) {
}
