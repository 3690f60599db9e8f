package de.netzwerk.partner.event;

import de.netzwerk.partner.GroupKind;
import de.netzwerk.partner.Membership;
import de.netzwerk.partner.MembershipRole;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A partner joined a group. */
public record MembershipStarted(String networkId, UUID groupId, GroupKind groupKind, UUID partnerId, MembershipRole role,
        LocalDate joinedOn, boolean introductoryTalkDone, long version) implements PublishedEvent {

    public static MembershipStarted of(PartnerGroup group, Membership membership) {
        return new MembershipStarted(membership.networkId, group.id, group.kind, membership.partnerId, membership.role,
                membership.joinedOn, membership.introductoryTalkDone, membership.version);
    }

    @Override
    public String eventType() {
        return "membership-started.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
