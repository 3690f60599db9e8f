package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Invitation;

import java.time.OffsetDateTime;
import java.util.UUID;

public record InvitationResponse(UUID partnerId, boolean guest, OffsetDateTime sentAt, Integer daysAhead, boolean late,
        boolean backfilled, boolean introductoryTalkPending) {

    public static InvitationResponse of(Invitation invitation) {
        return new InvitationResponse(invitation.partnerId, invitation.guest, invitation.sentAt, invitation.daysAhead,
                invitation.late, invitation.backfilled, invitation.introductoryTalkPending);
    }
}
