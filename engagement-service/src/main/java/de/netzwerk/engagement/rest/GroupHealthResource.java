package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.rest.dto.CoordinationSignalsResponse;
import de.netzwerk.engagement.rest.dto.GroupHealthResponse;
import de.netzwerk.engagement.service.CoordinationSignalsService;
import de.netzwerk.engagement.service.GroupHealthService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Group health", description = "Working groups as a whole, and the coordinators' own punctuality")
public class GroupHealthResource {

    private final GroupHealthService health;
    private final CoordinationSignalsService coordination;

    GroupHealthResource(GroupHealthService health, CoordinationSignalsService coordination) {
        this.health = health;
        this.coordination = coordination;
    }

    @GET
    @Path("/engagement/groups/{groupId}/health")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(operationId = "groupHealthGet", summary = "Attendance and commitment of a group over time, its members' bands, and whether it is dying",
            description = "Dying: most scored members at risk, or the last meetings below the policy's quorum.")
    public GroupHealthResponse group(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId) {
        return GroupHealthResponse.of(health.health(networkId, groupId));
    }

    @GET
    @Path("/coordination-signals")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(operationId = "coordinationSignalsGet", summary = "The coordinators' own punctuality: invitations sent late, minutes late or missing",
            description = "Seed 000: \"Seien Sie selbst verbindlich\". Measured against the network's policy.")
    public CoordinationSignalsResponse coordination(@PathParam("networkId") String networkId,
            @QueryParam("days") @DefaultValue("180") @Min(1) @Max(730) int days) {
        return CoordinationSignalsResponse.of(coordination.coordination(networkId, days));
    }
}
