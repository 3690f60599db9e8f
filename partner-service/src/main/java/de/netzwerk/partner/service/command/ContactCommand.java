package de.netzwerk.partner.service.command;

import de.netzwerk.partner.ContactChannel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContactRequest", description = "A contact with a partner. The channel decides the level: NEWSLETTER, INFO_MAIL and EVENT are "
        + "content level; CALL, VIDEO_CALL, PERSONAL_MEETING, PERSONAL_MAIL, LETTER, NETWORK_EVENT and OTHER keep the "
        + "relationship alive.")
public record ContactCommand(
        @Schema(examples = "2026-11-18") @NotNull LocalDate contactedOn,
        @Schema(examples = "CALL") @NotNull ContactChannel channel,
        @Schema(description = "Who made the contact; default: the caller", examples = "Maria Koordinatorin") @Size(max = 200) String madeBy,
        @Schema(examples = "Hat nach der Sommerpause wieder Zeit für die AG.") @Size(max = 1000) String note) {
}
