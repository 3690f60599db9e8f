package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.rest.dto.ReplayResultResponse;
import de.netzwerk.engagement.rest.dto.ReplayStatusResponse;
import de.netzwerk.engagement.service.EngagementQueries;
import de.netzwerk.engagement.inbox.ReplayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations: rebuild the engagement state from the topics (deploy/local/engagement-replay). No personal data. */
@Path("/api/v1/engagement-replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ReplayResource {

    private final ReplayService replay;
    private final EngagementQueries queries;

    ReplayResource(ReplayService replay, EngagementQueries queries) {
        this.replay = replay;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "replayStart",
            summary = "Rebuild every fact from partner-, meeting- and task-events and assess every partner again",
            description = "Answers when the topics are read; the assessments follow (see GET). Live events wait meanwhile.")
    public ReplayResultResponse replay() {
        return ReplayResultResponse.of(replay.replay());
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "How many partners still wait for their assessment")
    public ReplayStatusResponse status() {
        return new ReplayStatusResponse(queries.pendingAssessments());
    }
}
