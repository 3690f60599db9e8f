package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.GoalCategory;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;

import java.util.List;
import java.util.UUID;

/** SOLL against IST: per goal the needed actors who are not active partners, and the sectors nobody represents. */
public record StrategyGapsResponse(List<GoalGaps> goals, List<Sector> sectorsNotRepresented) {

    public record GoalGaps(UUID goalId, String title, GoalCategory category, int priority, List<MissingActor> missingActors) {
    }

    /** {@code partnerStatus} is null for an actor who is not a partner at all. */
    public record MissingActor(UUID partnerId, String description, Sector sector, String purpose, boolean keyActor,
            PartnerStatus partnerStatus) {
    }
}
