package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** meeting-service's {@code cancelled.v1}: a cancelled meeting counts for and against nobody. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingCancelled(
        @NotBlank String networkId,
        @NotNull UUID meetingId,
        @NotNull UUID groupId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime cancelledAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.meeting.cancelled.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.meeting(meetingId), Subject.group(groupId));
    }
}
