package de.netzwerk.task.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/**
 * The fields task-service reads from partner-service's {@code goal-actor-needs-changed.v1}: a goal of the network,
 * and the partners it needs (who must be of the same network).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalActorNeedsChanged(
        @NotBlank String networkId,
        @NotNull UUID goalId,
        @NotNull List<@NotNull @Valid NeededPartner> neededPartners) {

    public static final String TYPE = "de.netzwerk.partner.goal-actor-needs-changed.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NeededPartner(@NotNull UUID partnerId) {
    }
}
