package de.netzwerk.partner.service.command;

import de.netzwerk.partner.MembershipRole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "One partner's membership in the group, with the dates it had")
public record MembershipEntry(
        @Schema(examples = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f") @NotNull UUID partnerId,
        @Schema(examples = "MEMBER") @NotNull MembershipRole role,
        @Schema(description = "The day they joined, in the network's time zone; may be in the past, not in the future",
                examples = "2026-03-01") @NotNull LocalDate joinedOn,
        @Schema(description = "The day they left, for a membership that has already ended; not before joinedOn, not in the future",
                examples = "2026-06-30") LocalDate leftOn,
        @Schema(description = "Seed 003: has the newcomer had their introductory talk? Default false", examples = "true")
        Boolean introductoryTalkDone) {
}
