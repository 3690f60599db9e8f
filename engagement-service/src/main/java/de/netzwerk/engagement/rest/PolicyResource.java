package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.rest.dto.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/networks/{networkId}/engagement-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement policy", description = "The numbers behind scores, bands and alerts")
public class PolicyResource {

    private final PolicyService policies;
    private final PolicyPreviewService previews;
    private final SecurityIdentity caller;

    PolicyResource(PolicyService policies, PolicyPreviewService previews, SecurityIdentity caller) {
        this.policies = policies;
        this.previews = previews;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read the network's engagement policy")
    public PolicyResponse get(@PathParam("networkId") String networkId) {
        return PolicyResponse.of(policies.current(networkId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change the policy (a new version); every partner's score is computed again")
    public PolicyResponse change(@PathParam("networkId") String networkId, @Valid @NotNull PolicyRequest request) {
        return PolicyResponse.of(policies.change(networkId, request, caller.getPrincipal().getName()));
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "What a candidate policy would change today, without changing anything",
            description = "Takes the body of PUT (refused as PUT would refuse it) and assesses every partner under the "
                    + "policy in force and under the candidate, over the network's real history today: the partners "
                    + "whose score, band or alert rules would differ, and why, by largest change (band changes first), "
                    + "paged; totals over the whole network. Nothing is stored and nothing is published.")
    public PolicyPreviewResponse preview(@PathParam("networkId") String networkId,
            @Valid @NotNull PolicyRequest request, @Valid @BeanParam PageRequest page) {
        return PolicyPreviewResponse.of(previews.preview(networkId, request), page);
    }
}
