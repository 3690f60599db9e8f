package de.netzwerk.partner.event;

import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.util.List;
import java.util.UUID;

/**
 * Which partners a goal needs now, and which of them are key actors: engagement-service alerts when a key
 * actor drifts away. Actors not yet in the network have no partner id and are not listed. Key: the goal id.
 */
public record GoalActorNeedsChanged(String networkId, UUID goalId, int priority, List<NeededPartner> neededPartners)
        implements PublishedEvent {

    public record NeededPartner(UUID partnerId, boolean keyActor) {
    }

    public static GoalActorNeedsChanged of(StrategicGoal goal) {
        return new GoalActorNeedsChanged(goal.networkId, goal.id, goal.priority, goal.actorNeeds.stream()
                .filter(need -> need.partnerId != null)
                .map(need -> new NeededPartner(need.partnerId, need.keyActor))
                .toList());
    }

    @Override
    public String eventType() {
        return "goal-actor-needs-changed.v1";
    }

    @Override
    public String subject() {
        return goalId.toString();
    }
}
