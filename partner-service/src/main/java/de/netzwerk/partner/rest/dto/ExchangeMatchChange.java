package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ExchangeMatchStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Moves a match on: PROPOSED → AGREED → DONE, or WITHDRAWN before it is done. Sending the status "
        + "it has changes nothing.")
public record ExchangeMatchChange(@Schema(examples = "AGREED") @NotNull ExchangeMatchStatus status) {
}
