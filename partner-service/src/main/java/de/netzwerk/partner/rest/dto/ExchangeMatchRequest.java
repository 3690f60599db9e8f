package de.netzwerk.partner.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "Proposes that an open offer meets an open need of another partner")
public record ExchangeMatchRequest(@NotNull UUID offerId, @NotNull UUID needId) {
}
