package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.service.GroupHealthService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group's attendance and commitment over time, its members' bands, and whether it is dying. The date's example:
 * see {@link CoordinationSignalsResponse}.
 */
@Schema(name = "Health")
public record GroupHealthResponse(@Schema(required = true) UUID groupId,
        @Schema(required = true, example = "2022-03-10") LocalDate asOf,
        @Schema(required = true) int members, @Schema(required = true) Map<String, Integer> membersByBand,
        @Schema(required = true) RatesResponse last90Days,
        @Schema(required = true) RatesResponse previous90Days,
        @Schema(required = true, nullable = true) Double attendanceTrend,
        @Schema(required = true) List<MeetingAttendanceResponse> meetings, @Schema(required = true) boolean dying,
        @Schema(required = true) List<String> reasons) {

    @Schema(name = "MeetingAttendance")
    public record MeetingAttendanceResponse(@Schema(required = true) UUID meetingId,
            @Schema(required = true) OffsetDateTime startsAt, @Schema(required = true) int present,
            @Schema(required = true) int excused, @Schema(required = true) int absent,
            @Schema(required = true) double attendanceRate, @Schema(required = true) double commitmentRate,
            @Schema(required = true) boolean belowQuorum) {

        static MeetingAttendanceResponse of(GroupHealthService.MeetingAttendance meeting) {
            return new MeetingAttendanceResponse(meeting.meetingId(), meeting.startsAt(), meeting.present(),
                    meeting.excused(), meeting.absent(), meeting.attendanceRate(), meeting.commitmentRate(),
                    meeting.belowQuorum());
        }
    }

    @Schema(name = "Rates")
    public record RatesResponse(@Schema(required = true) double attendanceRate,
            @Schema(required = true) double commitmentRate, @Schema(required = true) int meetings) {

        static RatesResponse of(GroupHealthService.Rates rates) {
            return new RatesResponse(rates.attendanceRate(), rates.commitmentRate(), rates.meetings());
        }
    }

    public static GroupHealthResponse of(GroupHealthService.Health health) {
        return new GroupHealthResponse(health.groupId(), health.asOf(), health.members(), health.membersByBand(),
                RatesResponse.of(health.last90Days()), RatesResponse.of(health.previous90Days()),
                health.attendanceTrend(), health.meetings().stream().map(MeetingAttendanceResponse::of).toList(),
                health.dying(), health.reasons());
    }
}
