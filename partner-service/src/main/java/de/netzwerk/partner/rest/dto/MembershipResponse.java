package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.MembershipRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record MembershipResponse(@Schema(required = true) UUID groupId,
        @Schema(required = true) UUID partnerId,
        @Schema(required = true) MembershipRole role,
        @Schema(required = true) LocalDate joinedOn,
        @Schema(required = true, nullable = true) LocalDate leftOn,
        @Schema(required = true) boolean introductoryTalkDone) {

    public static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.groupId, membership.partnerId, membership.role, membership.joinedOn,
                membership.leftOn, membership.introductoryTalkDone);
    }
}
