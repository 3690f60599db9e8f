package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.GoalCategory;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.StrategicGoal;

import java.util.List;
import java.util.UUID;

public record GoalResponse(UUID id, String title, GoalCategory category, int priority, UUID responsiblePartnerId,
        List<NeedResponse> actorNeeds, long version) {

    public record NeedResponse(UUID partnerId, String description, Sector sector, String purpose, boolean keyActor) {
    }

    public static GoalResponse of(StrategicGoal goal) {
        return new GoalResponse(goal.id, goal.title, goal.category, goal.priority, goal.responsiblePartnerId,
                goal.actorNeeds.stream().map(need -> new NeedResponse(need.partnerId, need.description, need.sector,
                        need.purpose, need.keyActor)).toList(),
                goal.version);
    }
}
