package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.service.WelcomeList;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A current member of the group still waiting for the introductory talk (seed 003)")
public record WelcomeResponse(@Schema(required = true) UUID partnerId,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true, description = "Only if they consented to be contacted") String email,
        @Schema(required = true, nullable = true, description = "Only if they consented to be contacted") String phone,
        @Schema(required = true) PartnerStatus status,
        @Schema(required = true) MembershipRole role,
        @Schema(required = true) LocalDate joinedOn,
        @Schema(required = true, nullable = true, description = "The sign-up of this group they came through, if any (the latest)") UUID signupId) {

    public static WelcomeResponse of(WelcomeList.Waiting waiting) {
        return new WelcomeResponse(waiting.partnerId(), waiting.name(), waiting.email(), waiting.phone(), waiting.status(),
                waiting.role(), waiting.joinedOn(), waiting.signupId());
    }
}
