package de.netzwerk.partner.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/**
 * The fields partner-service reads from meeting-service's {@code scheduled.v1} (consumed, not published: the
 * producer's schema is meeting-service's {@code asyncapi/schemas/scheduled.v1.json}): which meeting exists in which
 * network, so that an exchange entry can name only a meeting of its own network.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingScheduled(@NotBlank String networkId, @NotNull UUID meetingId) {

    public static final String TYPE = "de.netzwerk.meeting.scheduled.v1";
}
