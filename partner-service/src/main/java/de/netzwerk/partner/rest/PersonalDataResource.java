package de.netzwerk.partner.rest;

import de.netzwerk.partner.ErasureReason;
import de.netzwerk.partner.config.ErasureConfig;
import de.netzwerk.partner.rest.dto.ErasureResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.PartnerErasure;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/partners/{partnerId}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "A partner's rights under the GDPR: erasure (Art. 17)")
public class PersonalDataResource {

    private final PartnerErasure erasure;
    private final ErasureConfig config;
    private final SecurityIdentity caller;

    PersonalDataResource(PartnerErasure erasure, ErasureConfig config, SecurityIdentity caller) {
        this.erasure = erasure;
        this.config = config;
        this.caller = caller;
    }

    @DELETE
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Erase a partner's personal data",
            description = "Erases the partner here at once (only a tombstone of the id remains; reading the partner answers "
                    + "410) and publishes partner-erased, on which every other service erases its part and confirms. "
                    + "Answers 202 with the erasure's status at Location; for a partner erased before, 200 with that same "
                    + "erasure. The record of the erasure names the requesting coordinator and a reason, nothing about the person.")
    @APIResponse(responseCode = "202", description = "Erased here; the other services are on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResponse.class)))
    @APIResponse(responseCode = "200", description = "The partner had been erased before: that erasure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResponse.class)))
    public Response erase(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "Why the data is erased (no free text: the record must hold nothing about the person)",
                    required = true, example = "PARTNER_REQUEST")
            @QueryParam("reason") @NotNull ErasureReason reason,
            UriInfo uriInfo) {
        PartnerErasure.Outcome outcome = erasure.erase(networkId, partnerId, reason, caller.getPrincipal().getName());
        return Response.status(outcome.requestedNow() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(uriInfo.getAbsolutePathBuilder().replaceQuery(null).path("erasure").build())
                .entity(ErasureResponse.of(outcome.erasure(), config.services()))
                .build();
    }

    @GET
    @Path("/erasure")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Read how far the erasure of a partner's personal data has got",
            description = "Which services confirmed when and which are awaited; COMPLETE with the time from the request to "
                    + "the last confirmation once all have. 404 for a partner never erased.")
    public ErasureResponse status(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId) {
        return ErasureResponse.of(erasure.of(networkId, partnerId), config.services());
    }
}
