package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The fields task-service reads from partner-service's {@code group-created.v1}: which network the group is of. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupCreated(@NotBlank String networkId, @NotNull UUID groupId) {

    public static final String TYPE = "de.netzwerk.partner.group-created.v1";
}
