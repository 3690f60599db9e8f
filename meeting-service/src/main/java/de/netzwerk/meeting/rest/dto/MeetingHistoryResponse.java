package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.service.MeetingHistoryService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The meeting's record as it now stands: everyone invited, every answer, everyone's attendance. */
public record MeetingHistoryResponse(@Schema(required = true) UUID meetingId,
        @Schema(required = true) List<InvitationResponse> invitations, @Schema(required = true) List<RsvpResponse> responses,
        @Schema(required = true) List<AttendanceResponse.Entry> attendance) {

    public static MeetingHistoryResponse of(MeetingHistoryService.History history) {
        return new MeetingHistoryResponse(history.meetingId(),
                history.invitations().stream().map(InvitationResponse::of).toList(),
                history.responses().stream().map(RsvpResponse::of).toList(),
                AttendanceResponse.of(history.meetingId(), history.attendance()).entries());
    }
}
