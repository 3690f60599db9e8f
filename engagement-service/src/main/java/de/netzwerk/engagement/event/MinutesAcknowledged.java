package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** meeting-service's {@code minutes-acknowledged.v1}: a partner read the minutes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MinutesAcknowledged(
        @NotBlank String networkId,
        @NotNull UUID meetingId,
        @NotNull UUID groupId,
        @NotNull OffsetDateTime meetingStartsAt,
        @NotNull UUID partnerId,
        @NotNull OffsetDateTime acknowledgedAt) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.meeting.minutes-acknowledged.v1";

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.meeting(meetingId), Subject.group(groupId), Subject.partner(partnerId));
    }
}
