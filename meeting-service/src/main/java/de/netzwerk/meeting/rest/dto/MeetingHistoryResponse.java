package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.service.MeetingHistoryService;

import java.util.List;
import java.util.UUID;

/** The meeting's record as it now stands: everyone invited, every answer, everyone's attendance. */
public record MeetingHistoryResponse(UUID meetingId, List<InvitationResponse> invitations, List<RsvpResponse> responses,
        List<AttendanceResponse.Entry> attendance) {

    public static MeetingHistoryResponse of(MeetingHistoryService.History history) {
        return new MeetingHistoryResponse(history.meetingId(),
                history.invitations().stream().map(InvitationResponse::of).toList(),
                history.responses().stream().map(RsvpResponse::of).toList(),
                AttendanceResponse.of(history.meetingId(), history.attendance()).entries());
    }
}
