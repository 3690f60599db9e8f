package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.language.RequestLanguage;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.rest.dto.PolicyPreviewResponse;
import de.netzwerk.engagement.rest.dto.PolicyRequest;
import de.netzwerk.engagement.rest.dto.PolicyResponse;
import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.service.PolicyPreviewService;
import de.netzwerk.engagement.service.PolicyService;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/networks/{networkId}/engagement-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement policy", description = "The numbers behind scores, bands and alerts")
public class PolicyResource {

    private final PolicyService policies;
    private final PolicyPreviewService previews;
    private final SecurityIdentity caller;
    private final RequestLanguage language;

    PolicyResource(PolicyService policies, PolicyPreviewService previews, SecurityIdentity caller,
            RequestLanguage language) {
        this.policies = policies;
        this.previews = previews;
        this.caller = caller;
        this.language = language;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read the network's engagement policy", description = "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The policy in force", headers = @Header(name = HttpHeaders.ETAG,
            description = "The policy's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyResponse.class)))
    public RestResponse<PolicyResponse> get(@PathParam("networkId") String networkId) {
        return tagged(PolicyResponse.of(policies.current(networkId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change the policy (a new version); every partner's score is computed again",
            description = "Send the ETag of the version you read (or previewed against) in If-Match: a change based on "
                    + "another version is refused with 412.")
    @APIResponse(responseCode = "200", description = "The new version, in force", headers = @Header(name = HttpHeaders.ETAG,
            description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyResponse.class)))
    public RestResponse<PolicyResponse> change(@PathParam("networkId") String networkId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PolicyRequest request) {
        long basedOn = IfMatch.version(ifMatch);
        return tagged(PolicyResponse.of(policies.change(networkId, basedOn, request.toPolicy(), caller.getPrincipal().getName())));
    }

    private static RestResponse<PolicyResponse> tagged(PolicyResponse policy) {
        return RestResponse.ResponseBuilder.ok(policy).tag(ETags.of(policy.version())).build();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "What a candidate policy would change today, without changing anything",
            description = "Takes the body of PUT (refused as PUT would refuse it) and assesses every partner under the "
                    + "policy in force and under the candidate, over the network's real history today: the partners "
                    + "whose score, band or alert rules would differ, and why, by largest change (band changes first), "
                    + "paged; totals over the whole network. Nothing is stored and nothing is published. The ETag "
                    + "is the version compared with: sent in If-Match, the change adopts the candidate only if that "
                    + "version is still in force.")
    @APIResponse(responseCode = "200", description = "What would change", headers = @Header(name = HttpHeaders.ETAG,
            description = "The version of the policy in force that the candidate was compared with",
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyPreviewResponse.class)))
    public RestResponse<PolicyPreviewResponse> preview(@PathParam("networkId") String networkId,
            @Valid @NotNull PolicyRequest request, @Valid @BeanParam PageRequest page) {
        PolicyPreviewResponse preview = PolicyPreviewResponse.of(previews.preview(networkId, request.toPolicy()), page, language.locale());
        return RestResponse.ResponseBuilder.ok(preview).tag(ETags.of(preview.comparedWithVersion())).build();
    }
}
