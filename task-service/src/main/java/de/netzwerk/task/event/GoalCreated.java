package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The fields task-service reads from partner-service's {@code goal-created.v1}: which network the goal is of. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalCreated(@NotBlank String networkId, @NotNull UUID goalId) {

    public static final String TYPE = "de.netzwerk.partner.goal-created.v1";
}
