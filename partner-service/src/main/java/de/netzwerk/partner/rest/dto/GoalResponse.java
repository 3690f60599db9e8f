package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.GoalCategory;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.StrategicGoal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record GoalResponse(@Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) GoalCategory category,
        @Schema(required = true) int priority,
        @Schema(required = true, nullable = true) UUID responsiblePartnerId,
        @Schema(required = true) List<NeedResponse> actorNeeds,
        @Schema(required = true) long version,
        @Schema(required = true, description = "When it or the actors it needs last changed: the updatedSince to poll with next") OffsetDateTime updatedAt) {

    public record NeedResponse(@Schema(required = true, nullable = true) UUID partnerId,
            @Schema(required = true, nullable = true) String description,
            @Schema(required = true, nullable = true) Sector sector,
            @Schema(required = true) String purpose,
            @Schema(required = true) boolean keyActor) {
    }

    public static GoalResponse of(StrategicGoal goal) {
        return new GoalResponse(goal.id, goal.title, goal.category, goal.priority, goal.responsiblePartnerId,
                goal.actorNeeds.stream().map(need -> new NeedResponse(need.partnerId, need.description, need.sector,
                        need.purpose, need.keyActor)).toList(),
                goal.version, goal.updatedAt);
    }
}
