package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.service.CoordinationSignalsService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The coordinators' own punctuality: invitations sent late, minutes late or missing. The date's example is the one
 * SmallRye gives the shared {@code LocalDate} schema: a class named by {@code @Schema} is read before the resources,
 * and the first date SmallRye meets sets what every other date property shows.
 */
@Schema(name = "CoordinationSignals")
public record CoordinationSignalsResponse(@Schema(required = true, example = "2022-03-10") LocalDate since,
        @Schema(required = true) int invitationDaysAhead, @Schema(required = true) int minutesWithinDays,
        @Schema(required = true) int meetingsInvited,
        @Schema(required = true) int invitationsLate,
        @Schema(required = true) List<LateMeetingResponse> lateInvitations,
        @Schema(required = true) int meetingsHeld, @Schema(required = true) int minutesLate,
        @Schema(required = true) int minutesMissing,
        @Schema(required = true) List<LateMeetingResponse> lateOrMissingMinutes) {

    @Schema(name = "LateMeeting")
    public record LateMeetingResponse(@Schema(required = true) UUID meetingId,
            @Schema(required = true, nullable = true) UUID groupId,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true, nullable = true) Integer daysAhead,
            @Schema(required = true, nullable = true) OffsetDateTime minutesPublishedAt) {

        static LateMeetingResponse of(CoordinationSignalsService.LateMeeting meeting) {
            return new LateMeetingResponse(meeting.meetingId(), meeting.groupId(), meeting.startsAt(),
                    meeting.daysAhead(), meeting.minutesPublishedAt());
        }
    }

    public static CoordinationSignalsResponse of(CoordinationSignalsService.CoordinationSignals signals) {
        return new CoordinationSignalsResponse(signals.since(), signals.invitationDaysAhead(),
                signals.minutesWithinDays(), signals.meetingsInvited(), signals.invitationsLate(),
                signals.lateInvitations().stream().map(LateMeetingResponse::of).toList(), signals.meetingsHeld(),
                signals.minutesLate(), signals.minutesMissing(),
                signals.lateOrMissingMinutes().stream().map(LateMeetingResponse::of).toList());
    }
}
