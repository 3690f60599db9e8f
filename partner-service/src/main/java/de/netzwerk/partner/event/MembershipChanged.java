package de.netzwerk.partner.event;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.Membership;
import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A current membership changed its role or introductory talk; carries the membership as it now is. */
public record MembershipChanged(String networkId, UUID groupId, GroupKind groupKind, UUID partnerId, MembershipRole role,
        LocalDate joinedOn, boolean introductoryTalkDone, long version) implements PublishedEvent {

    public static MembershipChanged of(PartnerGroup group, Membership membership) {
        return new MembershipChanged(membership.networkId, group.id, group.kind, membership.partnerId, membership.role,
                membership.joinedOn, membership.introductoryTalkDone, membership.version);
    }

    @Override
    public String eventType() {
        return "membership-changed.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
