package de.netzwerk.partner.service.command;

import de.netzwerk.partner.MembershipRole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MembershipRequest", description = "A partner's membership in a group")
public record MembershipCommand(
        @Schema(examples = "PATRON") @NotNull MembershipRole role,
        @Schema(description = "Default: today in the network's time zone. Ignored for a current membership.", examples = "2026-11-01")
        LocalDate joinedOn,
        @Schema(description = "Seed 003: has the newcomer had their introductory talk? Default false", examples = "false") Boolean introductoryTalkDone) {
}
