package de.netzwerk.partner.service.command;

import de.netzwerk.partner.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ActorNeedsRequest", description = "All actors a goal needs; replaces the earlier list")
public record ActorNeedsCommand(@NotNull @Size(max = 100) List<@Valid @NotNull Need> needs) {

    @Schema(description = "An existing partner (partnerId) or an actor not in the network yet (description)")
    public record Need(
            @Schema(description = "A partner of the network") UUID partnerId,
            @Schema(examples = "Lokalzeitung") @Size(max = 200) String description,
            @Schema(examples = "MEDIA") Sector sector,
            @Schema(description = "What the goal needs them for", examples = "Berichte über gelungene Beispiele")
            @NotBlank @Size(max = 500) String purpose,
            @Schema(description = "Among the most important actors of the goal", examples = "true") boolean keyActor) {
    }
}
