package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.config.DefaultPolicy;
import de.netzwerk.engagement.rest.dto.PolicyResponse;
import de.netzwerk.engagement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

    private final DefaultPolicy defaults;

    PolicyResource(DefaultPolicy defaults) {
        this.defaults = defaults;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read the network's engagement policy")
    public PolicyResponse get(@PathParam("networkId") String networkId) {
        return PolicyResponse.of(defaults);
    }
}
