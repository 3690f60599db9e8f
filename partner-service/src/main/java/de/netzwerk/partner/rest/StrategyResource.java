package de.netzwerk.partner.rest;

import de.netzwerk.partner.StrategicGoal;
import de.netzwerk.partner.rest.dto.ActorNeedsRequest;
import de.netzwerk.partner.rest.dto.GoalRequest;
import de.netzwerk.partner.rest.dto.GoalResponse;
import de.netzwerk.partner.rest.dto.Page;
import de.netzwerk.partner.rest.dto.PageRequest;
import de.netzwerk.partner.rest.dto.StrategyGapsResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.StrategyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(summary = "Add a strategic goal")
    @APIResponse(responseCode = "201", description = "Created; Location names the goal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalResponse.class)))
    public RestResponse<GoalResponse> create(@PathParam("networkId") String networkId, @Valid @NotNull GoalRequest request,
            UriInfo uriInfo) {
        StrategicGoal goal = strategy.create(networkId, request);
        return RestResponse.ResponseBuilder
                .<GoalResponse>created(uriInfo.getAbsolutePathBuilder().path(goal.id.toString()).build())
                .entity(GoalResponse.of(goal)).build();
    }

    @GET
    @Path("/goals")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "List the strategic goals, the most important first")
    public Page<GoalResponse> list(@PathParam("networkId") String networkId, @Valid @BeanParam PageRequest page) {
        return Pages.of(strategy.list(networkId).stream().map(GoalResponse::of).toList(), page);
    }

    @GET
    @Path("/goals/{goalId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Read a strategic goal with the actors it needs")
    public GoalResponse get(@PathParam("networkId") String networkId, @PathParam("goalId") UUID goalId) {
        return GoalResponse.of(strategy.get(networkId, goalId));
    }

    @GET
    @Path("/goals/{goalId}/actor-needs")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "The actors a goal needs, and what for")
    public Page<GoalResponse.NeedResponse> actorNeeds(@PathParam("networkId") String networkId,
            @PathParam("goalId") UUID goalId, @Valid @BeanParam PageRequest page) {
        return Pages.of(GoalResponse.of(strategy.get(networkId, goalId)).actorNeeds(), page);
    }

    @PUT
    @Path("/goals/{goalId}/actor-needs")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Replace the actors a goal needs",
            description = "Each need names a partner of the network or describes an actor not in it yet. Publishes goal-actor-needs-changed when the needed partners change.")
    public Page<GoalResponse.NeedResponse> replaceActorNeeds(@PathParam("networkId") String networkId,
            @PathParam("goalId") UUID goalId, @Valid @NotNull ActorNeedsRequest request, @Valid @BeanParam PageRequest page) {
        return Pages.of(GoalResponse.of(strategy.replaceActorNeeds(networkId, goalId, request)).actorNeeds(), page);
    }

    @GET
    @Path("/strategy/gaps")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "What the network still lacks",
            description = "Per goal, the needed actors who are not active partners (SOLL against IST), and the sectors no active partner represents.")
    public StrategyGapsResponse gaps(@PathParam("networkId") String networkId) {
        return strategy.gaps(networkId);
    }
}
