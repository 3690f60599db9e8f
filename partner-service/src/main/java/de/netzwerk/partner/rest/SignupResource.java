package de.netzwerk.partner.rest;

import de.netzwerk.partner.Signup;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.service.command.SignupEntryCommand;
import de.netzwerk.partner.rest.dto.SignupEntryResponse;
import de.netzwerk.partner.service.command.SignupCommand;
import de.netzwerk.partner.rest.dto.SignupResponse;
import de.netzwerk.partner.rest.dto.SignupStatusRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.TokenClaims;
import de.netzwerk.partner.service.SignupService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
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

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/signups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-ups", description = "Thementisch (seed 003): people sign up for a working group and are welcomed by its patrons")
public class SignupResource {

    private final SignupService signups;
    private final SecurityIdentity caller;

    SignupResource(SignupService signups, SecurityIdentity caller) {
        this.signups = signups;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Open a sign-up for a working group", description = "Optionally at a meeting (its id is kept as "
            + "given). The group must be a working group of the network (422 naming groupId).")
    @APIResponse(responseCode = "201", description = "Opened; Location names the signup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignupResponse.class)))
    public RestResponse<SignupResponse> open(@PathParam("networkId") String networkId, @Valid @NotNull SignupCommand request,
            UriInfo uriInfo) {
        Signup signup = signups.open(networkId, request, caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder
                .<SignupResponse>created(uriInfo.getAbsolutePathBuilder().path(signup.id.toString()).build())
                .entity(SignupResponse.of(signup)).tag(ETags.of(signup.version)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List the sign-ups, newest first", description = "Members see them too, to sign up themselves.")
    public Page<SignupResponse> list(@PathParam("networkId") String networkId, @Valid @BeanParam PageRequest page) {
        SignupService.SignupPage found = signups.list(networkId, page.toPanache());
        return Page.of(found.signups().stream().map(SignupResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{signupId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a sign-up", description = "The ETag is the version to send in If-Match when closing or reopening it.")
    public RestResponse<SignupResponse> get(@PathParam("networkId") String networkId, @PathParam("signupId") UUID signupId) {
        return answer(signups.get(networkId, signupId));
    }

    @PUT
    @Path("/{signupId}/status")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Close a sign-up, or open it again", description = "A closed sign-up takes no entries (409); its "
            + "entries stay. Send the ETag you read in If-Match.")
    public RestResponse<SignupResponse> changeStatus(@PathParam("networkId") String networkId,
            @PathParam("signupId") UUID signupId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SignupStatusRequest request) {
        return answer(signups.changeStatus(networkId, signupId, IfMatch.version(ifMatch), request.status()));
    }

    private static RestResponse<SignupResponse> answer(Signup signup) {
        return RestResponse.ResponseBuilder.ok(SignupResponse.of(signup)).tag(ETags.of(signup.version)).build();
    }

    @GET
    @Path("/{signupId}/entries")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Who signed up, in order")
    public Page<SignupEntryResponse> entries(@PathParam("networkId") String networkId, @PathParam("signupId") UUID signupId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(signups.entries(networkId, signupId).stream().map(SignupEntryResponse::of).toList(), page);
    }

    @POST
    @Path("/{signupId}/entries")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Sign someone up",
            description = "A coordinator enters name, email and optional phone at the table; a member signs up "
                    + "themselves. contactConsent must be true (422). A known email (any case) links that partner and "
                    + "records their consent to be contacted if it was missing (partner-updated); otherwise a PROSPECT "
                    + "partner is registered (partner-registered). A membership in the group waiting for its "
                    + "introductory talk starts unless they are a member already (membership-started); the group's "
                    + "patrons see them in GET …/groups/{groupId}/to-welcome. 201 for a new entry; 200 with the entry "
                    + "made before when the partner signed up here already. A closed sign-up answers 409.")
    @APIResponse(responseCode = "201", description = "A new entry; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignupEntryResponse.class)))
    @APIResponse(responseCode = "200", description = "The entry made before: the partner signed up here already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignupEntryResponse.class)))
    public RestResponse<SignupEntryResponse> enter(@PathParam("networkId") String networkId,
            @PathParam("signupId") UUID signupId, @Valid @NotNull SignupEntryCommand request, UriInfo uriInfo) {
        SignupService.Entered entered = signups.enter(networkId, signupId, request, self(), caller.getPrincipal().getName());
        SignupEntryResponse entry = SignupEntryResponse.of(entered.entry());
        return entered.now()
                ? RestResponse.ResponseBuilder.<SignupEntryResponse>created(
                        uriInfo.getAbsolutePathBuilder().path(entry.id().toString()).build()).entity(entry).build()
                : RestResponse.ok(entry);
    }

    /** The member signing themselves up; empty for a coordinator. */
    private Optional<UUID> self() {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return Optional.empty();
        }
        return Optional.of(TokenClaims.partnerId(caller.getPrincipal()).map(SignupResource::uuid)
                .orElseThrow(() -> new ForbiddenException("A member's token names their partner")));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("A member's token names their partner");
        }
    }
}
