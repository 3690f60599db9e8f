package de.netzwerk.meeting.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "Invite the group's current members, and these guests; {} invites the members only")
public record SendInvitationsRequest(
        @Schema(description = "Partners of the network, who have not left it, invited although not members of the group",
                examples = "[\"0b6e2f4a-1c3d-4e5f-9a8b-7c6d5e4f3a2b\"]")
        @Size(max = 200) List<@NotNull UUID> guests) {
}
