package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The fields of meeting-service's {@code attendance-recorded.v1} that engagement uses. The producer owns the
 * schema (meeting-service, {@code asyncapi/schemas}); fields added there later are ignored here. {@code recordedAt}
 * (when the line was entered) is read leniently: lines applied before engagement used it may lack it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttendanceRecorded(
        @NotBlank String networkId,
        @NotNull UUID meetingId,
        @NotNull UUID groupId,
        @NotNull OffsetDateTime meetingStartsAt,
        @NotNull UUID partnerId,
        @NotNull Status status,
        @Min(1) int revision,
        OffsetDateTime recordedAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.meeting.attendance-recorded.v1";

    public enum Status {
        PRESENT,
        EXCUSED,
        ABSENT
    }

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.meeting(meetingId), Subject.group(groupId), Subject.partner(partnerId));
    }
}
