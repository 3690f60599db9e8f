package de.netzwerk.partner.rest;

import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.service.command.ActorNeedsCommand;
import de.netzwerk.partner.service.command.GoalCommand;
import de.netzwerk.partner.rest.dto.GoalResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.rest.dto.StrategyGapsResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.StrategyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy", description = "Strategic goals, the actors they need (SOLL) and what the network still lacks (IST)")
public class StrategyResource {

    private final StrategyService strategy;

    StrategyResource(StrategyService strategy) {
        this.strategy = strategy;
    }

    @POST
    @Path("/goals")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "goalCreate", summary = "Add a strategic goal", description = "The response carries an ETag for changing the actors it needs.")
    @APIResponse(responseCode = "201", description = "Created; Location names the goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalResponse.class)))
    public RestResponse<GoalResponse> create(@PathParam("networkId") String networkId, @Valid @NotNull GoalCommand request,
            UriInfo uriInfo) {
        StrategicGoal goal = strategy.create(networkId, request);
        return RestResponse.ResponseBuilder
                .<GoalResponse>created(uriInfo.getAbsolutePathBuilder().path(goal.id.toString()).build())
                .entity(GoalResponse.of(goal)).tag(ETags.of(goal.version)).build();
    }

    @GET
    @Path("/goals")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(operationId = "goalList", summary = "List the strategic goals, the most important first")
    public Page<GoalResponse> list(@PathParam("networkId") String networkId,
            @Parameter(description = "Only goals changed (or whose needed actors changed) at or after this time, for "
                    + "clients that poll for changes", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        StrategyService.GoalPage found = strategy.list(networkId, updatedSince, page.toPanache());
        return Page.of(found.goals().stream().map(GoalResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/goals/{goalId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(operationId = "goalGet", summary = "Read a strategic goal with the actors it needs",
            description = "The ETag is the version to send in If-Match when replacing the actors it needs.")
    public RestResponse<GoalResponse> get(@PathParam("networkId") String networkId, @PathParam("goalId") UUID goalId) {
        StrategicGoal goal = strategy.get(networkId, goalId);
        return RestResponse.ResponseBuilder.ok(GoalResponse.of(goal)).tag(ETags.of(goal.version)).build();
    }

    @GET
    @Path("/goals/{goalId}/actor-needs")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "The actors a goal needs, and what for",
            description = "The ETag is the goal's version, to send in If-Match when replacing them.")
    public RestResponse<Page<GoalResponse.NeedResponse>> actorNeeds(@PathParam("networkId") String networkId,
            @PathParam("goalId") UUID goalId, @Valid @BeanParam PageRequest page) {
        return needs(strategy.get(networkId, goalId), page);
    }

    @PUT
    @Path("/goals/{goalId}/actor-needs")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Replace the actors a goal needs",
            description = "Each need names a partner of the network or describes an actor not in it yet. Send the goal's "
                    + "ETag in If-Match. Answers the first page of the new list with the goal's new ETag. Publishes "
                    + "goal-actor-needs-changed when the needed partners change.")
    public RestResponse<Page<GoalResponse.NeedResponse>> replaceActorNeeds(@PathParam("networkId") String networkId,
            @PathParam("goalId") UUID goalId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActorNeedsCommand request, @Valid @BeanParam PageRequest page) {
        return needs(strategy.replaceActorNeeds(networkId, goalId, IfMatch.version(ifMatch), request), page);
    }

    private static RestResponse<Page<GoalResponse.NeedResponse>> needs(StrategicGoal goal, PageRequest page) {
        return RestResponse.ResponseBuilder.ok(Pages.of(GoalResponse.of(goal).actorNeeds(), page))
                .tag(ETags.of(goal.version)).build();
    }

    @GET
    @Path("/strategy/gaps")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "What the network still lacks",
            description = "Per goal, the needed actors who are not active partners (SOLL against IST), and the sectors no active partner represents.")
    public StrategyGapsResponse gaps(@PathParam("networkId") String networkId) {
        return StrategyGapsResponse.of(strategy.gaps(networkId));
    }
}
