package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Invitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record InvitationResponse(@Schema(required = true) UUID partnerId, @Schema(required = true) boolean guest,
        @Schema(required = true) OffsetDateTime sentAt,
        @Schema(required = true, nullable = true, description = "Null when backfilled") Integer daysAhead,
        @Schema(required = true) boolean late, @Schema(required = true) boolean backfilled,
        @Schema(required = true) boolean introductoryTalkPending) {

    public static InvitationResponse of(Invitation invitation) {
        return new InvitationResponse(invitation.partnerId, invitation.guest, invitation.sentAt, invitation.daysAhead,
                invitation.late, invitation.backfilled, invitation.introductoryTalkPending);
    }
}
