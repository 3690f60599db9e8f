package de.netzwerk.meeting.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The fields meeting-service reads from partner-service's {@code group-created.v1}: which network a group is of. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupCreated(@NotBlank String networkId, @NotNull UUID groupId) {

    public static final String TYPE = "de.netzwerk.partner.group-created.v1";
}
