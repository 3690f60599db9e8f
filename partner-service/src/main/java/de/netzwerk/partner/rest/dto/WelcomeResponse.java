package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.PartnerStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A current member of the group still waiting for the introductory talk (seed 003)")
public record WelcomeResponse(UUID partnerId, String name,
        @Schema(description = "Only if they consented to be contacted") String email,
        @Schema(description = "Only if they consented to be contacted") String phone,
        PartnerStatus status, MembershipRole role, LocalDate joinedOn,
        @Schema(description = "The sign-up of this group they came through, if any (the latest)") UUID signupId) {
}
