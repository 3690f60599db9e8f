package de.netzwerk.partner.service.command;

import de.netzwerk.partner.GroupKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateGroupRequest", description = "A new group: the network's one steering group, or a working group with a theme")
public record CreateGroupCommand(
        @Schema(examples = "WORKING") @NotNull GroupKind kind,
        @Schema(examples = "AG Inklusion") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Barrierefreie Angebote in den Stadtteilen") @Size(max = 500) String theme) {
}
