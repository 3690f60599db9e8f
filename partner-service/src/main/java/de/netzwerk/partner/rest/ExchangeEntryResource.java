package de.netzwerk.partner.rest;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeEntryStatus;
import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeSide;
import de.netzwerk.partner.repository.ExchangeEntryRepository;
import de.netzwerk.partner.rest.dto.ExchangeEntryRequest;
import de.netzwerk.partner.rest.dto.ExchangeEntryResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ExchangeService;
import de.netzwerk.partner.service.command.ExchangeEntryCommand;
import de.netzwerk.partner.service.Tags;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/exchange")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resource exchange", description = "Offers and needs of partners — anything but money (seed 001 "
        + "\"Ressourcen-Börse\", seed 003 \"Marktplatzmethode\")")
public class ExchangeEntryResource {

    private static final String POST_DESCRIPTION = "A member posts for themselves (403 for another partner), a "
            + "coordinator for any partner of the network (422 naming partnerId otherwise). Anything priced is refused "
            + "with 422 naming the field (see the request's description). Publishes %s with kind, tags and dates; the "
            + "description is never published.";
    private static final String LIST_DESCRIPTION = "OPEN (default): still valid today in the network's time zone and "
            + "not withdrawn, soonest-expiring first; EXPIRED: valid until a day before today, latest first; WITHDRAWN: "
            + "the latest withdrawn first. Filters combine.";
    private static final String WITHDRAW_DESCRIPTION = "By its partner (a member for their own entries; 403 for "
            + "another's) or a coordinator. It leaves the open lists and no match can be proposed with it; matches only "
            + "proposed with it are withdrawn too, agreed ones stand. Withdrawing it again changes nothing. Send the ETag you read in "
            + "If-Match; the response carries the new one.";

    private final ExchangeService exchange;
    private final SecurityIdentity caller;

    ExchangeEntryResource(ExchangeService exchange, SecurityIdentity caller) {
        this.exchange = exchange;
        this.caller = caller;
    }

    @POST
    @Path("/offers")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "exchangeEntryPostOffer", summary = "Offer something to the network", description = "Publishes exchange-offer-posted. " + POST_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "Posted; Location names the offer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeEntryResponse.class)))
    public RestResponse<ExchangeEntryResponse> offer(@PathParam("networkId") String networkId,
            @Valid @NotNull ExchangeEntryRequest request, UriInfo uriInfo) {
        return post(networkId, ExchangeSide.OFFER, request, uriInfo);
    }

    @GET
    @Path("/offers")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeOfferList", summary = "The network's offers", description = LIST_DESCRIPTION)
    public Page<ExchangeEntryResponse> offers(@PathParam("networkId") String networkId, @BeanParam Filter filter,
            @Valid @BeanParam PageRequest page) {
        return list(networkId, ExchangeSide.OFFER, filter, page);
    }

    @GET
    @Path("/offers/{offerId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeOfferGet", summary = "Read an offer", description = "The ETag is the version to send in If-Match when withdrawing it.")
    public RestResponse<ExchangeEntryResponse> offer(@PathParam("networkId") String networkId, @PathParam("offerId") UUID offerId) {
        return answer(networkId, exchange.entry(networkId, ExchangeSide.OFFER, offerId));
    }

    @POST
    @Path("/offers/{offerId}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "exchangeOfferWithdraw", summary = "Withdraw an offer before it expires", description = WITHDRAW_DESCRIPTION)
    public RestResponse<ExchangeEntryResponse> withdrawOffer(@PathParam("networkId") String networkId,
            @PathParam("offerId") UUID offerId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(networkId, exchange.withdraw(networkId, ExchangeSide.OFFER, offerId, IfMatch.version(ifMatch),
                ExchangeCaller.of(caller)));
    }

    @POST
    @Path("/needs")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "exchangeEntryPostNeed", summary = "Tell the network what a partner needs", description = "Publishes exchange-need-posted. " + POST_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "Posted; Location names the need",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeEntryResponse.class)))
    public RestResponse<ExchangeEntryResponse> need(@PathParam("networkId") String networkId,
            @Valid @NotNull ExchangeEntryRequest request, UriInfo uriInfo) {
        return post(networkId, ExchangeSide.NEED, request, uriInfo);
    }

    @GET
    @Path("/needs")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeNeedList", summary = "The network's needs", description = LIST_DESCRIPTION)
    public Page<ExchangeEntryResponse> needs(@PathParam("networkId") String networkId, @BeanParam Filter filter,
            @Valid @BeanParam PageRequest page) {
        return list(networkId, ExchangeSide.NEED, filter, page);
    }

    @GET
    @Path("/needs/{needId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeNeedGet", summary = "Read a need", description = "The ETag is the version to send in If-Match when withdrawing it.")
    public RestResponse<ExchangeEntryResponse> need(@PathParam("networkId") String networkId, @PathParam("needId") UUID needId) {
        return answer(networkId, exchange.entry(networkId, ExchangeSide.NEED, needId));
    }

    @POST
    @Path("/needs/{needId}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "exchangeNeedWithdraw", summary = "Withdraw a need before it expires", description = WITHDRAW_DESCRIPTION)
    public RestResponse<ExchangeEntryResponse> withdrawNeed(@PathParam("networkId") String networkId,
            @PathParam("needId") UUID needId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(networkId, exchange.withdraw(networkId, ExchangeSide.NEED, needId, IfMatch.version(ifMatch),
                ExchangeCaller.of(caller)));
    }

    /** The filters of the offer and need lists. */
    public static class Filter {

        @QueryParam("status")
        @DefaultValue("OPEN")
        @Parameter(description = "OPEN, EXPIRED or WITHDRAWN")
        public ExchangeEntryStatus status;

        @QueryParam("tag")
        @Parameter(description = "One tag, any case", example = "barrierefreiheit")
        public String tag;

        @QueryParam("partnerId")
        @Parameter(description = "Only this partner's entries")
        public UUID partnerId;

        @QueryParam("kind")
        public ExchangeKind kind;

        @QueryParam("meetingId")
        @Parameter(description = "Only entries posted at this meeting (a Marktplatz)")
        public UUID meetingId;
    }

    private RestResponse<ExchangeEntryResponse> post(String networkId, ExchangeSide side, ExchangeEntryRequest request,
            UriInfo uriInfo) {
        ExchangeEntryCommand command = new ExchangeEntryCommand(request.partnerId(), request.kind(), request.description(),
                request.tags(), request.validUntil(), request.meetingId(), List.copyOf(request.otherFields().keySet()));
        ExchangeEntry entry = exchange.post(networkId, side, command, ExchangeCaller.of(caller));
        return RestResponse.ResponseBuilder
                .<ExchangeEntryResponse>created(uriInfo.getAbsolutePathBuilder().path(entry.id.toString()).build())
                .entity(view(networkId, entry)).tag(ETags.of(entry.version)).build();
    }

    private Page<ExchangeEntryResponse> list(String networkId, ExchangeSide side, Filter filter, PageRequest page) {
        LocalDate today = exchange.today(networkId);
        String tag = filter.tag == null || filter.tag.isBlank() ? null : Tags.normalise(filter.tag);
        var search = new ExchangeEntryRepository.Search(side, filter.status, today,
                tag, filter.partnerId, filter.kind, filter.meetingId);
        ExchangeService.EntryPage found = exchange.search(networkId, search, page.toPanache());
        return Page.of(found.entries().stream().map(entry -> ExchangeEntryResponse.of(entry, today)).toList(), page,
                found.total());
    }

    private RestResponse<ExchangeEntryResponse> answer(String networkId, ExchangeEntry entry) {
        return RestResponse.ResponseBuilder.ok(view(networkId, entry)).tag(ETags.of(entry.version)).build();
    }

    private ExchangeEntryResponse view(String networkId, ExchangeEntry entry) {
        return ExchangeEntryResponse.of(entry, exchange.today(networkId));
    }
}
