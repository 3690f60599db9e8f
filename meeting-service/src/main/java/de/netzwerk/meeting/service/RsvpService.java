package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Rsvp;
import de.netzwerk.meeting.event.RsvpReceived;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.InvitationRepository;
import de.netzwerk.meeting.repository.RsvpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class RsvpService {

    private final MeetingService meetings;
    private final NetworkReferences references;
    private final InvitationRepository invitations;
    private final RsvpRepository rsvps;
    private final Outbox outbox;
    private final Clock clock;

    RsvpService(MeetingService meetings, NetworkReferences references, InvitationRepository invitations,
            RsvpRepository rsvps, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.references = references;
        this.invitations = invitations;
        this.rsvps = rsvps;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records an invitee's answer; a changed answer replaces the earlier one and is published again. */
    public Rsvp answer(String networkId, UUID meetingId, UUID partnerId, Rsvp.Answer answer, String reason,
            String recordedBy) {
        Meeting meeting = meetings.open(networkId, meetingId);
        references.requirePartnerInPath(networkId, partnerId);
        if (!invitations.inviteesOf(meetingId).contains(partnerId)) {
            throw new ConflictException(Text.of("meeting.not-invited", partnerId));
        }
        return record(meeting, partnerId, answer, reason, OffsetDateTime.now(clock), recordedBy);
    }

    /** An answer given at {@code respondedAt}; the same answer and reason as recorded change nothing. */
    public Rsvp record(Meeting meeting, UUID partnerId, Rsvp.Answer answer, String reason, OffsetDateTime respondedAt,
            String recordedBy) {
        Rsvp rsvp = rsvps.find(meeting.id, partnerId).orElse(null);
        if (rsvp != null && rsvp.answer == answer && Objects.equals(rsvp.reason, reason)) {
            return rsvp;
        }
        if (rsvp == null) {
            rsvp = new Rsvp();
            rsvp.id = UUID.randomUUID();
            rsvp.meetingId = meeting.id;
            rsvp.partnerId = partnerId;
        }
        rsvp.answer = answer;
        rsvp.reason = reason;
        rsvp.respondedAt = respondedAt;
        rsvp.recordedBy = recordedBy;
        if (!rsvps.isPersistent(rsvp)) {
            rsvps.persist(rsvp);
        }
        outbox.add(RsvpReceived.of(meeting, rsvp));
        return rsvp;
    }
}
