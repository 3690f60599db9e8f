package de.netzwerk.partner.service;

import de.netzwerk.partner.GoalCategory;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** SOLL against IST: per goal the needed actors who are not active partners, and the sectors nobody represents. */
public record StrategyGaps(@Schema(required = true) List<GoalGaps> goals,
        @Schema(required = true) List<Sector> sectorsNotRepresented) {

    public record GoalGaps(@Schema(required = true) UUID goalId,
            @Schema(required = true) String title,
            @Schema(required = true) GoalCategory category,
            @Schema(required = true) int priority,
            @Schema(required = true) List<MissingActor> missingActors) {
    }

    /** {@code partnerStatus} is null for an actor who is not a partner at all. */
    public record MissingActor(@Schema(required = true, nullable = true) UUID partnerId,
            @Schema(required = true, nullable = true) String description,
            @Schema(required = true, nullable = true) Sector sector,
            @Schema(required = true) String purpose,
            @Schema(required = true) boolean keyActor,
            @Schema(required = true, nullable = true) PartnerStatus partnerStatus) {
    }
}
