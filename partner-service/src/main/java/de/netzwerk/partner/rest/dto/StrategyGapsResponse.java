package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Sector;
import de.netzwerk.partner.service.StrategyGaps;
import de.netzwerk.partner.service.StrategyGaps.GoalGaps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** SOLL against IST: per goal the needed actors who are not active partners, and the sectors nobody represents. */
public record StrategyGapsResponse(@Schema(required = true) List<GoalGaps> goals,
        @Schema(required = true) List<Sector> sectorsNotRepresented) {

    public static StrategyGapsResponse of(StrategyGaps gaps) {
        return new StrategyGapsResponse(gaps.goals(), gaps.sectorsNotRepresented());
    }
}
