package de.netzwerk.partner.service.command;

import de.netzwerk.partner.CooperationEndReason;
import de.netzwerk.partner.rules.CooperationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CooperationStatusRequest", description = "A cooperation's next status: PLANNED → ACTIVE → ENDED, or ENDED_EARLY (with a reason) from either")
public record CooperationStatusCommand(
        @Schema(examples = "ACTIVE") @NotNull CooperationStatus status,
        @Schema(description = "Required for ENDED_EARLY, refused otherwise") CooperationEndReason endReason,
        @Schema(description = "Why it ended, for the network's record; never published", examples = "Förderung ausgelaufen")
        @Size(max = 1000) String note,
        @Schema(description = "When it ended; default today in the network's time zone, never in the future")
        LocalDate endedOn) {
}
