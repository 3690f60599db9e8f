package de.netzwerk.meeting.event;

import de.netzwerk.meeting.Invitation;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Invitations to a meeting went out: to whom, how many days ahead, whether late or backfilled. Keyed by the
 * meeting. Engagement counts attendance only over meetings a partner was invited to. {@code recordedAt} is when they
 * were entered here, later than {@code sentAt} for history entered after the fact.
 */
public record InvitationsSent(String networkId, UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt,
        OffsetDateTime sentAt, OffsetDateTime recordedAt, Integer daysAhead, boolean late, boolean backfilled,
        List<Invitee> invitees) implements PublishedEvent {

    public record Invitee(UUID partnerId, boolean guest) {
    }

    public static InvitationsSent of(Meeting meeting, List<Invitation> sent, OffsetDateTime recordedAt) {
        Invitation first = sent.getFirst();
        return new InvitationsSent(meeting.networkId, meeting.id, meeting.groupId, meeting.start(), first.sentAt,
                recordedAt, first.daysAhead, first.late, first.backfilled,
                sent.stream().map(invitation -> new Invitee(invitation.partnerId, invitation.guest)).toList());
    }

    @Override
    public String eventType() {
        return "invitations-sent.v1";
    }

    @Override
    public String subject() {
        return meetingId.toString();
    }
}
