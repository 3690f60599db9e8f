package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.service.AlertQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * Counts of the network's cases by how they were explained.
 *
 * @param withdrawn closed by the service because the conditions of all their reasons ended before anyone followed
 *                  them up
 */
@Schema(name = "Causes")
public record CausesResponse(@Schema(required = true) Map<FollowUpCause, Long> resolvedByCause,
        @Schema(required = true) long resolvedWithoutCause, @Schema(required = true) long dismissed,
        @Schema(required = true) long withdrawn, @Schema(required = true) long open) {

    public static CausesResponse of(AlertQueries.Causes causes) {
        return new CausesResponse(causes.resolvedByCause(), causes.resolvedWithoutCause(), causes.dismissed(),
                causes.withdrawn(), causes.open());
    }
}
