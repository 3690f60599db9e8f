package de.netzwerk.partner.event;

import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A strategic goal was created: consumers learn which goals exist in a network, so that what they keep (a task,
 * say) can name only a goal of its own network. Ids only, no title. Key: the goal id.
 */
public record GoalCreated(String networkId, UUID goalId, OffsetDateTime createdAt) implements PublishedEvent {

    public static GoalCreated of(StrategicGoal goal) {
        return new GoalCreated(goal.networkId, goal.id, goal.createdAt);
    }

    @Override
    public String eventType() {
        return "goal-created.v1";
    }

    @Override
    public String subject() {
        return goalId.toString();
    }
}
