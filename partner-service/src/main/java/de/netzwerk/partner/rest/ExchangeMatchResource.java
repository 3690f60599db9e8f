package de.netzwerk.partner.rest;

import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.ExchangeMatchStatus;
import de.netzwerk.partner.repository.ExchangeMatchRepository;
import de.netzwerk.partner.rest.dto.ExchangeMatchChange;
import de.netzwerk.partner.rest.dto.ExchangeMatchRequest;
import de.netzwerk.partner.rest.dto.ExchangeMatchResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ExchangeService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/exchange/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resource exchange")
public class ExchangeMatchResource {

    private final ExchangeService exchange;
    private final SecurityIdentity caller;

    ExchangeMatchResource(ExchangeService exchange, SecurityIdentity caller) {
        this.exchange = exchange;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "exchangeMatchPropose", summary = "Propose that an offer meets a need",
            description = "Both must be open and of two different partners; a member proposes only where the offer or the "
                    + "need is theirs (403). offerId and needId must be of this network (422). A pair matched already "
                    + "(and not withdrawn) or an expired entry: 409.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeMatchResponse.class)))
    public RestResponse<ExchangeMatchResponse> propose(@PathParam("networkId") String networkId,
            @Valid @NotNull ExchangeMatchRequest request, UriInfo uriInfo) {
        ExchangeMatch match = exchange.propose(networkId, request.offerId(), request.needId(), ExchangeCaller.of(caller));
        return RestResponse.ResponseBuilder
                .<ExchangeMatchResponse>created(uriInfo.getAbsolutePathBuilder().path(match.id.toString()).build())
                .entity(ExchangeMatchResponse.of(match)).tag(ETags.of(match.version)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeMatchList", summary = "The network's matches, the latest proposed first",
            description = "A member sees the matches of their own offers and needs only.")
    public Page<ExchangeMatchResponse> matches(@PathParam("networkId") String networkId,
            @QueryParam("status") ExchangeMatchStatus status,
            @Parameter(description = "Only matches with this partner on either side") @QueryParam("partnerId") UUID partnerId,
            @Valid @BeanParam PageRequest page) {
        var member = ExchangeCaller.of(caller).memberPartnerId();
        if (member.isPresent() && partnerId != null && !partnerId.equals(member.get())) {
            return Page.of(List.of(), page, 0);
        }
        UUID party = member.orElse(partnerId);
        ExchangeService.MatchPage found = exchange.matches(networkId, new ExchangeMatchRepository.Search(status, party),
                page.toPanache());
        return Page.of(found.matches().stream().map(ExchangeMatchResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{matchId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeMatchGet", summary = "Read a match", description = "A member reads only a match of their own offer or need (404 "
            + "otherwise). The ETag is the version to send in If-Match when moving it on.")
    public RestResponse<ExchangeMatchResponse> match(@PathParam("networkId") String networkId, @PathParam("matchId") UUID matchId) {
        return answer(exchange.match(networkId, matchId, ExchangeCaller.of(caller)));
    }

    @PATCH
    @Path("/{matchId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "exchangeMatchChange", summary = "Agree to, complete or withdraw a match",
            description = "PROPOSED → AGREED → DONE, or WITHDRAWN before it is done; any other step is 409, the status it "
                    + "has already changes nothing. A member acts only on a match of their own offer or need (404 "
                    + "otherwise). Send the ETag you read in If-Match. Agreeing publishes exchange-agreed, completing "
                    + "exchange-completed.")
    public RestResponse<ExchangeMatchResponse> change(@PathParam("networkId") String networkId, @PathParam("matchId") UUID matchId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExchangeMatchChange change) {
        return answer(exchange.change(networkId, matchId, IfMatch.version(ifMatch), change.status(), ExchangeCaller.of(caller)));
    }

    private static RestResponse<ExchangeMatchResponse> answer(ExchangeMatch match) {
        return RestResponse.ResponseBuilder.ok(ExchangeMatchResponse.of(match)).tag(ETags.of(match.version)).build();
    }
}
