package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** meeting-service's {@code rsvp-received.v1}: an answer to an invitation; a later answer replaces an earlier one. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RsvpReceived(
        @NotBlank String networkId,
        @NotNull UUID meetingId,
        @NotNull UUID groupId,
        @NotNull OffsetDateTime meetingStartsAt,
        @NotNull UUID partnerId,
        @NotNull Answer answer,
        @NotNull OffsetDateTime respondedAt,
        boolean beforeMeeting) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.meeting.rsvp-received.v1";

    public enum Answer {
        ACCEPTED,
        DECLINED
    }

    @Override
    public List<Subject> subjects() {
        return List.of(Subject.meeting(meetingId), Subject.group(groupId), Subject.partner(partnerId));
    }
}
