package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.rest.dto.AlertResponse;
import de.netzwerk.engagement.rest.dto.Page;
import de.netzwerk.engagement.rest.dto.PageRequest;
import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.service.AlertService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Signs that a partner may be drifting away, and their follow-up")
public class AlertResource {

    private final AlertService alerts;

    AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "List the network's alerts, newest first")
    public Page<AlertResponse> list(@PathParam("networkId") String networkId, @QueryParam("partnerId") UUID partnerId,
            @QueryParam("status") AlertStatus status, @Valid @BeanParam PageRequest page) {
        AlertService.AlertPage found = alerts.list(networkId, partnerId, status, page);
        return Page.of(found.alerts().stream().map(AlertResponse::of).toList(), page, found.total());
    }
}
