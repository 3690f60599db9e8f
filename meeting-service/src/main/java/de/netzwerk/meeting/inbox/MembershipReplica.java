package de.netzwerk.meeting.inbox;

import de.netzwerk.meeting.GroupMember;
import de.netzwerk.meeting.event.MembershipEnded;
import de.netzwerk.meeting.event.MembershipState;
import de.netzwerk.meeting.repository.CalendarFeedRepository;
import de.netzwerk.meeting.service.InvitationService;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Keeps meeting-service's replica of each group's current members from partner-service's membership events,
 * and invites a new member to the group's meetings still ahead whose invitations went out already.
 * A membership names its group and partner in the event's network: one that places either in another network
 * than they are known to be of is refused, and a group not known yet is learnt from it.
 * A partner's events arrive in order (they are keyed by the partner); the membership version additionally
 * guards against an older state arriving after a newer one. A membership of an erased partner is not replicated.
 * A member who leaves the group loses the calendar feed of it they had as its member.
 */
@ApplicationScoped
public class MembershipReplica {

    private final GroupMemberRepository members;
    private final PartnerReplica partners;
    private final GroupReplica groups;
    private final InvitationService invitations;
    private final CalendarFeedRepository feeds;

    MembershipReplica(GroupMemberRepository members, PartnerReplica partners, GroupReplica groups,
            InvitationService invitations, CalendarFeedRepository feeds) {
        this.members = members;
        this.partners = partners;
        this.groups = groups;
        this.invitations = invitations;
        this.feeds = feeds;
    }

    void apply(IncomingEvent event, MembershipState state) {
        event.requireHeadersMatch(state.networkId(), state.partnerId());
        if (partners.erased(event, state.partnerId())) {
            return;
        }
        requireOfTheEventsNetwork(event, state.networkId(), state.groupId(), state.partnerId());
        GroupMember member = members.find(state.groupId(), state.partnerId()).orElse(null);
        if (member != null && member.membershipVersion > state.version()) {
            return;
        }
        if (member == null) {
            member = new GroupMember();
            member.id = UUID.randomUUID();
            member.groupId = state.groupId();
            member.partnerId = state.partnerId();
        }
        member.networkId = state.networkId();
        member.role = state.role();
        member.joinedOn = state.joinedOn();
        member.introductoryTalkDone = state.introductoryTalkDone();
        member.membershipVersion = state.version();
        if (!members.isPersistent(member)) {
            members.persist(member);
            invitations.inviteNewMember(member);
        }
    }

    void remove(IncomingEvent event, MembershipEnded ended) {
        event.requireHeadersMatch(ended.networkId(), ended.partnerId());
        if (partners.erased(event, ended.partnerId())) {
            return;
        }
        requireOfTheEventsNetwork(event, ended.networkId(), ended.groupId(), ended.partnerId());
        members.find(ended.groupId(), ended.partnerId()).ifPresent(members::delete);
        feeds.deleteOfMembership(ended.networkId(), ended.groupId(), ended.partnerId());
    }

    private void requireOfTheEventsNetwork(IncomingEvent event, String networkId, UUID groupId, UUID partnerId) {
        event.requireHeadersMatch(networkId, partnerId);
        partners.knownInNetworkOf(event, partnerId);
        groups.record(event, groupId);
    }

    @ApplicationScoped
    static class StartedHandler implements EventHandler {
        private final MembershipReplica replica;
        private final EventPayloads payloads;

        StartedHandler(MembershipReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return MembershipState.STARTED;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.apply(event, payloads.read(event, MembershipState.class));
        }
    }

    @ApplicationScoped
    static class ChangedHandler implements EventHandler {
        private final MembershipReplica replica;
        private final EventPayloads payloads;

        ChangedHandler(MembershipReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return MembershipState.CHANGED;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.apply(event, payloads.read(event, MembershipState.class));
        }
    }

    @ApplicationScoped
    static class EndedHandler implements EventHandler {
        private final MembershipReplica replica;
        private final EventPayloads payloads;

        EndedHandler(MembershipReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return MembershipEnded.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.remove(event, payloads.read(event, MembershipEnded.class));
        }
    }
}
