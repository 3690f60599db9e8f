package de.netzwerk.meeting.service;

import de.netzwerk.meeting.GroupMember;
import de.netzwerk.meeting.event.MembershipEnded;
import de.netzwerk.meeting.event.MembershipState;
import de.netzwerk.meeting.inbox.EventHandler;
import de.netzwerk.meeting.inbox.EventPayloads;
import de.netzwerk.meeting.inbox.IncomingEvent;
import de.netzwerk.meeting.inbox.UnprocessableEventException;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Keeps meeting-service's replica of each group's current members from partner-service's membership events,
 * and invites a new member to the group's meetings still ahead whose invitations went out already.
 * A partner's events arrive in order (they are keyed by the partner); the membership version additionally
 * guards against an older state arriving after a newer one.
 */
@ApplicationScoped
public class MembershipReplica {

    private final GroupMemberRepository members;
    private final InvitationService invitations;

    MembershipReplica(GroupMemberRepository members, InvitationService invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    void apply(IncomingEvent event, MembershipState state) {
        requireConsistent(event, state.networkId(), state.partnerId());
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
        requireConsistent(event, ended.networkId(), ended.partnerId());
        members.find(ended.groupId(), ended.partnerId()).ifPresent(members::delete);
    }

    private static void requireConsistent(IncomingEvent event, String networkId, UUID partnerId) {
        if (!event.networkId().equals(networkId) || !event.subject().equals(partnerId.toString())) {
            throw new UnprocessableEventException("ce_networkid and ce_subject must name the network and partner of the data");
        }
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
