package de.netzwerk.partner.rest;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.service.command.PartnerCommand;
import de.netzwerk.partner.rest.dto.PartnerResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.TokenClaims;
import de.netzwerk.partner.rest.input.InputRules;
import de.netzwerk.partner.rest.problem.InvalidParameterException;
import de.netzwerk.partner.service.ContactDataVisibility;
import de.netzwerk.partner.service.ContactService;
import de.netzwerk.partner.service.PartnerService;
import de.netzwerk.partner.service.ResourceNotFoundException;
import de.netzwerk.partner.service.Tags;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Organisations and people in the network: what they bring and what they want")
public class PartnerResource {

    /** Ids one directory lookup may name: enough for a page of alerts, short enough for a URL. */
    static final int MAX_IDS = 100;

    private final PartnerService partners;
    private final ContactService contacts;
    private final SecurityIdentity caller;

    PartnerResource(PartnerService partners, ContactService contacts, SecurityIdentity caller) {
        this.partners = partners;
        this.contacts = contacts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register a partner", description = "Publishes partner-registered. The response carries an ETag for later updates.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the partner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerResponse.class)))
    public RestResponse<PartnerResponse> register(@PathParam("networkId") String networkId,
            @Valid @NotNull PartnerCommand request, UriInfo uriInfo) {
        Partner partner = partners.register(networkId, request, actor());
        return RestResponse.ResponseBuilder
                .<PartnerResponse>created(uriInfo.getAbsolutePathBuilder().path(partner.id.toString()).build())
                .entity(view(partner)).tag(etag(partner)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Search the partner directory",
            description = "Filters combine. Members see only partners who consented to be listed; integrations read no "
                    + "email or phone of partners who left.")
    public Page<PartnerResponse> search(@PathParam("networkId") String networkId,
            @Parameter(description = "Part of the name, any case", example = "blick") @QueryParam("name") String name,
            @QueryParam("sector") Sector sector,
            @Parameter(description = "One expertise tag, any case", example = "leichte sprache") @QueryParam("expertise") String expertise,
            @QueryParam("status") PartnerStatus status,
            @Parameter(description = "name, -name, updatedAt or -updatedAt", example = "name")
            @QueryParam("sort") @Pattern(regexp = "-?(name|updatedAt)", message = "{netzwerk.sort.partners}") String sort,
            @Parameter(description = "ISO-8601 period: only partners without a call, personal meeting or network event "
                    + "for that long (relationships going cold), key actors of strategic goals first. Not combined with the other filters.",
                    example = "P90D")
            @QueryParam("contactOlderThan") String contactOlderThan,
            @Parameter(description = "Partner ids to look up in one call, the parameter repeated (at most "
                    + MAX_IDS + "); unknown ids and partners of other networks are simply not in the page")
            @QueryParam("id") @Size(max = MAX_IDS) List<UUID> ids,
            @Parameter(description = "Only partners changed at or after this time, for clients that poll for changes",
                    example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        if (contactOlderThan != null) {
            if (name != null || sector != null || expertise != null || status != null || sort != null
                    || !ids.isEmpty() || updatedSince != null) {
                throw new InvalidParameterException("contactOlderThan", Text.of("alone"));
            }
            PartnerService.PartnerPage cold = contacts.goingCold(networkId, period(contactOlderThan), isMember(), page.toPanache());
            return Page.of(cold.partners().stream().map(this::view).toList(), page, cold.total());
        }
        var search = new PartnerRepository.Search(blankToNull(name), sector,
                expertise == null || expertise.isBlank() ? null : Tags.normalise(expertise), status,
                ids.isEmpty() ? null : Set.copyOf(ids), updatedSince, isMember());
        PartnerService.PartnerPage found = partners.search(networkId, search, order(sort), page.toPanache());
        return Page.of(found.partners().stream().map(this::view).toList(), page, found.total());
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a partner", description = "Members read themselves and listed partners. Integrations read no email or phone of a partner "
                    + "who left. A partner whose personal data was erased answers 410 Gone. The ETag is the version to send in If-Match.")
    public RestResponse<PartnerResponse> get(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId) {
        Partner partner = partners.get(networkId, partnerId);
        if (isMember() && !isSelf(partnerId) && !partner.listingConsent.given) {
            throw new ResourceNotFoundException("partner", partnerId);
        }
        return RestResponse.ResponseBuilder.ok(view(partner)).tag(etag(partner)).build();
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Update a partner's profile",
            description = "Send the ETag you read in If-Match: a stale version is refused with 412. Members update only "
                    + "their own profile and send kind, sector, status and responsiblePartnerId back as they read them: "
                    + "changing or clearing any of these is the coordinators' (403). responsiblePartnerId must be a partner "
                    + "of the network (422). A partner whose personal data was erased cannot be changed (410). Publishes "
                    + "partner-updated, and partner-left when the status becomes LEFT.")
    public RestResponse<PartnerResponse> update(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerCommand request) {
        long expectedVersion = IfMatch.version(ifMatch);
        if (isMember() && !isSelf(partnerId)) {
            throw new ForbiddenException();
        }
        PartnerService.Editor editor = isMember() ? PartnerService.Editor.MEMBER : PartnerService.Editor.COORDINATOR;
        Partner partner = partners.update(networkId, partnerId, expectedVersion, request, actor(), editor);
        return RestResponse.ResponseBuilder.ok(view(partner)).tag(etag(partner)).build();
    }

    /** The partner as this caller may see it: see {@link ContactDataVisibility}. */
    private PartnerResponse view(Partner partner) {
        PartnerResponse response = PartnerResponse.of(partner);
        return ContactDataVisibility.visible(reader(), partner.status) ? response : response.withoutContactData();
    }

    private ContactDataVisibility.Reader reader() {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return ContactDataVisibility.Reader.COORDINATOR;
        }
        return caller.hasRole(Roles.MEMBER) ? ContactDataVisibility.Reader.MEMBER : ContactDataVisibility.Reader.INTEGRATION;
    }

    private boolean isMember() {
        return caller.hasRole(Roles.MEMBER) && !caller.hasRole(Roles.COORDINATOR);
    }

    private boolean isSelf(UUID partnerId) {
        return TokenClaims.partnerId(caller.getPrincipal()).filter(partnerId.toString()::equals).isPresent();
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }

    private static EntityTag etag(Partner partner) {
        return ETags.of(partner.version);
    }

    private static Sort order(String sort) {
        if (sort == null) {
            return Sort.by("name").and("id");
        }
        String field = sort.startsWith("-") ? sort.substring(1) : sort;
        return Sort.by(field, sort.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
    }

    private static Period period(String text) {
        try {
            Period period = Period.parse(text);
            if (!InputRules.periodInRange(period)) {
                throw new InvalidParameterException("contactOlderThan", InputRules.periodRange());
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("contactOlderThan", Text.of("period"));
        }
    }

    private static String blankToNull(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank()).map(String::strip).orElse(null);
    }
}
