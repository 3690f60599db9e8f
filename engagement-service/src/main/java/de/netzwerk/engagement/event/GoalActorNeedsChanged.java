package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** partner-service's {@code goal-actor-needs-changed.v1}: the partners a strategic goal needs, and its key actors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalActorNeedsChanged(
        @NotBlank String networkId,
        @NotNull UUID goalId,
        int priority,
        @NotNull List<@Valid @NotNull NeededPartner> neededPartners) implements ConsumedEvent {

    public static final String TYPE = "de.netzwerk.partner.goal-actor-needs-changed.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NeededPartner(@NotNull UUID partnerId, boolean keyActor) {
    }

    @Override
    public List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>(List.of(Subject.goal(goalId)));
        neededPartners.forEach(needed -> subjects.add(Subject.partner(needed.partnerId())));
        return subjects;
    }
}
