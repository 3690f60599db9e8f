package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.ObjectionStatus;
import de.netzwerk.engagement.ScoringObjection;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.paging.Page;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.rest.dto.ScoringObjectionDecision;
import de.netzwerk.engagement.rest.dto.ScoringObjectionRequest;
import de.netzwerk.engagement.rest.dto.ScoringObjectionResponse;
import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.security.SelfOrCoordinator;
import de.netzwerk.engagement.security.Visibility;
import de.netzwerk.engagement.service.InvalidRequestException;
import de.netzwerk.engagement.service.ScoringObjectionService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/**
 * A partner's objection to scoring (GDPR Art. 21), under engagement-service's own path segment: the partner objects
 * (or a coordinator records it for them), coordinators review the open ones, integrations see only that scoring is
 * objected.
 */
@Path("/api/v1/networks/{networkId}/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objection to scoring", description = "GDPR Art. 21: a partner objects, scoring stops until a coordinator has reviewed it")
public class ScoringObjectionResource {

    private final ScoringObjectionService objections;
    private final SecurityIdentity caller;

    ScoringObjectionResource(ScoringObjectionService objections, SecurityIdentity caller) {
        this.objections = objections;
        this.caller = caller;
    }

    @POST
    @Path("/{partnerId}/scoring-objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "scoringObjectionRecord", summary = "Object to being scored",
            description = "From now on the partner is not scored and no alert is raised about them; their score reads "
                    + "OBJECTED until a coordinator has reviewed the objection. A member objects for themselves, a "
                    + "coordinator records it on a partner's behalf. The body may be {} (no reason). 409 while an "
                    + "objection is open or was upheld.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the objection, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringObjectionResponse.class)))
    public RestResponse<ScoringObjectionResponse> object(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId, @Valid @NotNull ScoringObjectionRequest request,
            @Context UriInfo uriInfo) {
        SelfOrCoordinator.require(caller, partnerId);
        ScoringObjection recorded = objections.record(networkId, partnerId, request.reason(),
                caller.getPrincipal().getName(), !isSelf(partnerId));
        return RestResponse.ResponseBuilder.<ScoringObjectionResponse>created(uriInfo.getAbsolutePath())
                .entity(ScoringObjectionResponse.of(recorded)).tag(ETags.of(recorded.version)).build();
    }

    @GET
    @Path("/{partnerId}/scoring-objection")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "The partner's most recent objection to scoring and what became of it",
            description = "Integrations see that the partner objected, not the partner's or the coordinator's words. "
                    + "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The latest objection", headers = @Header(name = HttpHeaders.ETAG,
            description = "The objection's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringObjectionResponse.class)))
    public RestResponse<ScoringObjectionResponse> get(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId) {
        Visibility.requireSelfOrNetworkWide(caller, partnerId);
        ScoringObjection current = objections.current(networkId, partnerId);
        return RestResponse.ResponseBuilder.ok(view(current)).tag(ETags.of(current.version)).build();
    }

    @PATCH
    @Path("/{partnerId}/scoring-objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Decide on an open objection, or withdraw it",
            description = "A coordinator upholds it (the partner is not scored again, their score stays deleted) or "
                    + "rejects it, stating the compelling legitimate grounds: scoring resumes. The partner may withdraw "
                    + "their own objection: scoring resumes. If-Match names the version you read: an objection "
                    + "withdrawn and made again since is another one, to be read first (412).")
    @APIResponse(responseCode = "200", description = "The objection, decided", headers = @Header(name = HttpHeaders.ETAG,
            description = "The objection's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringObjectionResponse.class)))
    public RestResponse<ScoringObjectionResponse> decide(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "The ETag of the objection's version you read", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ScoringObjectionDecision decision) {
        if (decision.status() == ObjectionStatus.OPEN) {
            throw new InvalidRequestException("status", Text.of("objection-outcome"));
        }
        if (decision.status().isDecision() && !caller.hasRole(Roles.COORDINATOR)) {
            throw new ForbiddenException();
        }
        SelfOrCoordinator.require(caller, partnerId);
        long basedOn = IfMatch.version(ifMatch);
        ScoringObjection decided = objections.close(networkId, partnerId, basedOn, decision.status(),
                decision.justification(), caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.ok(ScoringObjectionResponse.of(decided)).tag(ETags.of(decided.version)).build();
    }

    @GET
    @Path("/scoring-objections")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "The network's objections to scoring, the longest waiting first",
            description = "With status=OPEN: the coordinators' review queue. Integrations see no one's words.")
    public Page<ScoringObjectionResponse> list(@PathParam("networkId") String networkId,
            @QueryParam("status") ObjectionStatus status, @Valid @BeanParam PageRequest page) {
        ScoringObjectionService.ObjectionPage found = objections.list(networkId, status, page);
        return Page.of(found.objections().stream().map(this::view).toList(), page, found.total());
    }

    /** The partner's words and the coordinator's grounds are need to know: integrations get neither. */
    private ScoringObjectionResponse view(ScoringObjection objection) {
        return Visibility.seesPersonalCircumstances(caller) ? ScoringObjectionResponse.of(objection)
                : ScoringObjectionResponse.withoutTexts(objection);
    }

    private boolean isSelf(UUID partnerId) {
        return Visibility.restrictedTo(caller).filter(partnerId::equals).isPresent();
    }
}
