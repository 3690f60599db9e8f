package de.netzwerk.meeting.service;

import de.netzwerk.meeting.GroupMember;
import de.netzwerk.meeting.Invitation;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.config.MeetingConfig;
import de.netzwerk.meeting.event.InvitationsSent;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import de.netzwerk.meeting.repository.InvitationRepository;
import de.netzwerk.meeting.paging.PageRequest;
import de.netzwerk.meeting.timing.InvitationTiming;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class InvitationService {

    private final MeetingService meetings;
    private final InvitationRepository invitations;
    private final GroupMemberRepository members;
    private final NetworkReferences references;
    private final Outbox outbox;
    private final MeetingConfig config;
    private final Clock clock;

    InvitationService(MeetingService meetings, InvitationRepository invitations, GroupMemberRepository members,
            NetworkReferences references, Outbox outbox, MeetingConfig config, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.members = members;
        this.references = references;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Invites every current member of the meeting's group, and the guests (partners of the network who have not
     * left it), who are not invited yet. Sending fewer days ahead than the policy asks is flagged as late;
     * invitations recorded after the meeting are backfilled and never late. Publishes invitations-sent when anyone
     * new is invited.
     */
    public List<Invitation> send(String networkId, UUID meetingId, List<UUID> guests) {
        Meeting meeting = meetings.open(networkId, meetingId);
        references.requireGuests(networkId, guests);
        Set<UUID> alreadyInvited = invitations.inviteesOf(meetingId);
        List<Invitee> invitees = new ArrayList<>();
        for (GroupMember member : members.currentOf(meeting.groupId)) {
            if (member.networkId.equals(networkId) && alreadyInvited.add(member.partnerId)) {
                invitees.add(new Invitee(member.partnerId, false, !member.introductoryTalkDone));
            }
        }
        for (UUID guest : guests) {
            if (alreadyInvited.add(guest)) {
                invitees.add(new Invitee(guest, true, false));
            }
        }
        invite(meeting, invitees, OffsetDateTime.now(clock));
        return invitations.ofMeeting(meetingId);
    }

    /**
     * A partner who joins a group after its invitations went out is invited to the group's meetings that
     * are still ahead and to which invitations were sent.
     */
    public void inviteNewMember(GroupMember member) {
        for (Meeting meeting : meetings.upcomingWithInvitations(member.networkId, member.groupId)) {
            if (!invitations.inviteesOf(meeting.id).contains(member.partnerId)) {
                invite(meeting, List.of(new Invitee(member.partnerId, false, !member.introductoryTalkDone)),
                        OffsetDateTime.now(clock));
            }
        }
    }

    /**
     * History entered after the fact: the partners (of the network, checked by the caller) were invited at
     * {@code sentAt}. Judged by that date as if sent then: days ahead and late when it was before the meeting,
     * backfilled when after. Those not current members of the group are guests; no introductory talk is asked for a
     * meeting that is over. Publishes invitations-sent when anyone new is invited.
     */
    public void record(Meeting meeting, List<UUID> partnerIds, OffsetDateTime sentAt) {
        Set<UUID> groupMembers = members.currentOf(meeting.groupId).stream()
                .filter(member -> member.networkId.equals(meeting.networkId))
                .map(member -> member.partnerId)
                .collect(Collectors.toSet());
        Set<UUID> alreadyInvited = invitations.inviteesOf(meeting.id);
        List<Invitee> invitees = partnerIds.stream()
                .filter(alreadyInvited::add)
                .map(partner -> new Invitee(partner, !groupMembers.contains(partner), false))
                .toList();
        invite(meeting, invitees, sentAt);
    }

    private void invite(Meeting meeting, List<Invitee> invitees, OffsetDateTime sentAt) {
        if (invitees.isEmpty()) {
            return;
        }
        InvitationTiming.Judged timing = InvitationTiming.judge(sentAt,
                meeting.startsAt.atZoneSameInstant(meeting.zone()), config.invitationDaysAhead());
        List<Invitation> sent = invitees.stream()
                .map(invitee -> invitation(meeting.id, invitee, sentAt, timing.daysAhead(), timing.late(),
                        timing.backfilled()))
                .toList();
        sent.forEach(invitations::persist);
        outbox.add(InvitationsSent.of(meeting, sent, OffsetDateTime.now(clock)));
    }

    public InvitationPage of(String networkId, UUID meetingId, PageRequest page) {
        PanacheQuery<Invitation> query = invitations.pageOfMeeting(meetings.get(networkId, meetingId).id).page(page.toPanache());
        return new InvitationPage(query.list(), query.count());
    }

    public record InvitationPage(List<Invitation> invitations, long total) {
    }

    private static Invitation invitation(UUID meetingId, Invitee invitee, OffsetDateTime sentAt, Integer daysAhead,
            boolean late, boolean backfilled) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.meetingId = meetingId;
        invitation.partnerId = invitee.partnerId();
        invitation.guest = invitee.guest();
        invitation.introductoryTalkPending = invitee.introductoryTalkPending();
        invitation.sentAt = sentAt;
        invitation.daysAhead = daysAhead;
        invitation.late = late;
        invitation.backfilled = backfilled;
        return invitation;
    }

    private record Invitee(UUID partnerId, boolean guest, boolean introductoryTalkPending) {
    }
}
