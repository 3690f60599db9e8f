package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.service.command.MembershipEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Several memberships of one group, entered together (e.g. a network's history entered after the fact). "
        + "One entry per partner.")
public record MembershipsRequest(
        @Size(min = 1, max = MembershipsRequest.MAX_ENTRIES) @NotNull List<@Valid @NotNull MembershipEntry> memberships) {

    public static final int MAX_ENTRIES = 200;
}
