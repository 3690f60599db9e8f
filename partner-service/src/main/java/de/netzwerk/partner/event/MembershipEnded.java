package de.netzwerk.partner.event;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A partner left a group. */
public record MembershipEnded(String networkId, UUID groupId, UUID partnerId, LocalDate leftOn) implements PublishedEvent {

    public static MembershipEnded of(Membership membership) {
        return new MembershipEnded(membership.networkId, membership.groupId, membership.partnerId, membership.leftOn);
    }

    @Override
    public String eventType() {
        return "membership-ended.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
