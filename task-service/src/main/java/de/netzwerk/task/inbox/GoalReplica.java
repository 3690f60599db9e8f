package de.netzwerk.task.inbox;

import de.netzwerk.task.event.GoalActorNeedsChanged;
import de.netzwerk.task.event.GoalCreated;
import de.netzwerk.task.repository.StrategicGoalRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Learns the strategic goals of each network from partner-events, so that a task can name only a goal of its own
 * network: from goal-created, and from goal-actor-needs-changed, which also names its goal (goals created before
 * goal-created existed are learnt this way).
 */
@ApplicationScoped
public class GoalReplica {

    private final StrategicGoalRepository goals;
    private final KnownNetworks networks;

    GoalReplica(StrategicGoalRepository goals, KnownNetworks networks) {
        this.goals = goals;
        this.networks = networks;
    }

    void created(IncomingEvent event, GoalCreated created) {
        event.requireHeadersMatch(created.networkId(), created.goalId());
        networks.requireGoal(event, created.goalId());
        goals.remember(created.networkId(), created.goalId());
    }

    void actorNeedsChanged(IncomingEvent event, GoalActorNeedsChanged changed) {
        event.requireHeadersMatch(changed.networkId(), changed.goalId());
        networks.requireGoal(event, changed.goalId());
        changed.neededPartners().forEach(needed -> networks.requirePartner(event, needed.partnerId()));
        goals.remember(changed.networkId(), changed.goalId());
    }

    @ApplicationScoped
    static class CreatedHandler implements EventHandler {
        private final GoalReplica replica;
        private final EventPayloads payloads;

        CreatedHandler(GoalReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return GoalCreated.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.created(event, payloads.read(event, GoalCreated.class));
        }
    }

    @ApplicationScoped
    static class ActorNeedsChangedHandler implements EventHandler {
        private final GoalReplica replica;
        private final EventPayloads payloads;

        ActorNeedsChangedHandler(GoalReplica replica, EventPayloads payloads) {
            this.replica = replica;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return GoalActorNeedsChanged.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            replica.actorNeedsChanged(event, payloads.read(event, GoalActorNeedsChanged.class));
        }
    }
}
