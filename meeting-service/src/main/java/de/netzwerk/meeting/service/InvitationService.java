package de.netzwerk.meeting.service;

import de.netzwerk.meeting.GroupMember;
import de.netzwerk.meeting.Invitation;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.config.MeetingConfig;
import de.netzwerk.meeting.event.InvitationsSent;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import de.netzwerk.meeting.repository.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class InvitationService {

    private final MeetingService meetings;
    private final InvitationRepository invitations;
    private final GroupMemberRepository members;
    private final Outbox outbox;
    private final MeetingConfig config;
    private final Clock clock;

    InvitationService(MeetingService meetings, InvitationRepository invitations, GroupMemberRepository members,
            Outbox outbox, MeetingConfig config, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.members = members;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Invites every current member of the meeting's group, and the guests, who are not invited yet. Sending
     * fewer days ahead than the policy asks is flagged as late; invitations recorded after the meeting are
     * backfilled and never late. Publishes invitations-sent when anyone new is invited.
     */
    public List<Invitation> send(String networkId, UUID meetingId, Collection<UUID> guests) {
        Meeting meeting = meetings.get(networkId, meetingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean backfilled = !meeting.startsAt.isAfter(now);
        Integer daysAhead = backfilled ? null : (int) ChronoUnit.DAYS.between(
                now.atZoneSameInstant(meeting.startsAt.getOffset()).toLocalDate(), meeting.startsAt.toLocalDate());
        boolean late = daysAhead != null && daysAhead < config.invitationDaysAhead();

        Set<UUID> alreadyInvited = invitations.inviteesOf(meetingId);
        List<Invitation> sent = new ArrayList<>();
        for (GroupMember member : members.currentOf(meeting.groupId)) {
            if (member.networkId.equals(networkId) && alreadyInvited.add(member.partnerId)) {
                sent.add(invitation(meetingId, member.partnerId, false, !member.introductoryTalkDone, now, daysAhead, late, backfilled));
            }
        }
        for (UUID guest : guests) {
            if (alreadyInvited.add(guest)) {
                sent.add(invitation(meetingId, guest, true, false, now, daysAhead, late, backfilled));
            }
        }
        if (!sent.isEmpty()) {
            sent.forEach(invitations::persist);
            outbox.add(InvitationsSent.of(meeting, sent));
        }
        return invitations.ofMeeting(meetingId);
    }

    public List<Invitation> of(String networkId, UUID meetingId) {
        return invitations.ofMeeting(meetings.get(networkId, meetingId).id);
    }

    private static Invitation invitation(UUID meetingId, UUID partnerId, boolean guest, boolean talkPending,
            OffsetDateTime now, Integer daysAhead, boolean late, boolean backfilled) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.meetingId = meetingId;
        invitation.partnerId = partnerId;
        invitation.guest = guest;
        invitation.introductoryTalkPending = talkPending;
        invitation.sentAt = now;
        invitation.daysAhead = daysAhead;
        invitation.late = late;
        invitation.backfilled = backfilled;
        return invitation;
    }
}
