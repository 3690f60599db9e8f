package de.netzwerk.partner.rest;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.rules.CooperationStatus;
import de.netzwerk.partner.rest.dto.CooperationAttentionResponse;
import de.netzwerk.partner.service.command.CooperationCommand;
import de.netzwerk.partner.rest.dto.CooperationResponse;
import de.netzwerk.partner.service.command.CooperationStatusCommand;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.TokenClaims;
import de.netzwerk.partner.service.CooperationService;
import de.netzwerk.partner.service.ResourceNotFoundException;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.EntityTag;
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

import java.util.List;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/cooperations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperations", description = "Agreed, purposeful, time-limited collaborations of partners (seed 004)")
public class CooperationResource {

    private final CooperationService cooperations;
    private final SecurityIdentity caller;

    CooperationResource(CooperationService cooperations, SecurityIdentity caller) {
        this.cooperations = cooperations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Agree a cooperation", description = "Between two or more partners of the network (422 naming "
            + "parties otherwise), optionally for a strategic goal of the network (422 naming goalId). Starts PLANNED. "
            + "The response carries an ETag for later changes.")
    @APIResponse(responseCode = "201", description = "Created; Location names the cooperation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooperationResponse.class)))
    public RestResponse<CooperationResponse> create(@PathParam("networkId") String networkId,
            @Valid @NotNull CooperationCommand request, UriInfo uriInfo) {
        Cooperation cooperation = cooperations.create(networkId, request);
        return RestResponse.ResponseBuilder
                .<CooperationResponse>created(uriInfo.getAbsolutePathBuilder().path(cooperation.id.toString()).build())
                .entity(CooperationResponse.of(cooperation)).tag(etag(cooperation)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List cooperations, latest start first unless sorted otherwise",
            description = "Members see those they take part in.")
    public Page<CooperationResponse> list(@PathParam("networkId") String networkId,
            @QueryParam("status") CooperationStatus status,
            @Parameter(description = "Only those this partner takes part in") @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "startsOn, -startsOn (the default), updatedAt or -updatedAt; ties in the order of ids",
                    example = "-updatedAt")
            @QueryParam("sort") @Pattern(regexp = "-?(startsOn|updatedAt)", message = "{netzwerk.sort.cooperations}") String sort,
            @Parameter(description = "Only cooperations changed at or after this time, for clients that poll for changes",
                    example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        UUID party = isMember() ? ownPartnerId().orElse(new UUID(0, 0)) : partnerId;
        if (isMember() && partnerId != null && !partnerId.equals(party)) {
            return Page.of(List.of(), page, 0);
        }
        CooperationService.CooperationPage found = cooperations.search(networkId, status, party, updatedSince, order(sort),
                page.toPanache());
        return Page.of(found.cooperations().stream().map(CooperationResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/attention")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Cooperations that need a coordinator",
            description = "Active ones whose period ends within netzwerk.cooperations.attention-days (default 30), "
                    + "soonest first, then those that ended within as many days and that no cooperation follows up "
                    + "(followsCooperationId), longest ago first. An ended cooperation leaves the list once a follow-up "
                    + "names it, or when the window has passed.")
    public Page<CooperationAttentionResponse> attention(@PathParam("networkId") String networkId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(cooperations.needingAttention(networkId).stream().map(CooperationAttentionResponse::of).toList(), page);
    }

    @GET
    @Path("/{cooperationId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a cooperation", description = "Members read those they take part in (404 otherwise). "
            + "The ETag is the version to send in If-Match.")
    public RestResponse<CooperationResponse> get(@PathParam("networkId") String networkId,
            @PathParam("cooperationId") UUID cooperationId) {
        Cooperation cooperation = cooperations.get(networkId, cooperationId);
        if (isMember() && ownPartnerId().filter(cooperation.partnerIds()::contains).isEmpty()) {
            throw new ResourceNotFoundException("cooperation", cooperationId);
        }
        return RestResponse.ResponseBuilder.ok(CooperationResponse.of(cooperation)).tag(etag(cooperation)).build();
    }

    @PUT
    @Path("/{cooperationId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change a cooperation's purpose, goal, period, parties or follow-up link",
            description = "Send the ETag you read in If-Match: a stale version is refused with 412. The status changes "
                    + "through PUT …/status.")
    public RestResponse<CooperationResponse> update(@PathParam("networkId") String networkId,
            @PathParam("cooperationId") UUID cooperationId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CooperationCommand request) {
        Cooperation cooperation = cooperations.update(networkId, cooperationId, IfMatch.version(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(CooperationResponse.of(cooperation)).tag(etag(cooperation)).build();
    }

    @PUT
    @Path("/{cooperationId}/status")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Start or end a cooperation",
            description = "PLANNED → ACTIVE publishes cooperation-started; ACTIVE → ENDED, or PLANNED or ACTIVE → "
                    + "ENDED_EARLY (endReason required, 422) publish cooperation-ended. Any other step is a 409; the "
                    + "status it already has changes nothing. Send the ETag you read in If-Match.")
    public RestResponse<CooperationResponse> changeStatus(@PathParam("networkId") String networkId,
            @PathParam("cooperationId") UUID cooperationId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CooperationStatusCommand request) {
        Cooperation cooperation = cooperations.changeStatus(networkId, cooperationId, IfMatch.version(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(CooperationResponse.of(cooperation)).tag(etag(cooperation)).build();
    }

    private boolean isMember() {
        return caller.hasRole(Roles.MEMBER) && !caller.hasRole(Roles.COORDINATOR);
    }

    private Optional<UUID> ownPartnerId() {
        return TokenClaims.partnerId(caller.getPrincipal()).flatMap(CooperationResource::uuid);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Sort order(String sort) {
        String key = sort == null ? "-startsOn" : sort;
        boolean descending = key.startsWith("-");
        return Sort.by(descending ? key.substring(1) : key, descending ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
    }

    private static EntityTag etag(Cooperation cooperation) {
        return ETags.of(cooperation.version);
    }
}
