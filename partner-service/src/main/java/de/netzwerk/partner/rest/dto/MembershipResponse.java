package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.MembershipRole;

import java.time.LocalDate;
import java.util.UUID;

public record MembershipResponse(UUID groupId, UUID partnerId, MembershipRole role, LocalDate joinedOn, LocalDate leftOn,
        boolean introductoryTalkDone) {

    public static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.groupId, membership.partnerId, membership.role, membership.joinedOn,
                membership.leftOn, membership.introductoryTalkDone);
    }
}
