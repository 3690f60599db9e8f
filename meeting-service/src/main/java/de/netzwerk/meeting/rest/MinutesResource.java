package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.AcknowledgementResponse;
import de.netzwerk.meeting.rest.dto.MinutesResponse;
import de.netzwerk.meeting.rest.dto.PublishMinutesRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.security.SelfOrCoordinator;
import de.netzwerk.meeting.service.MinutesService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Minutes")
public class MinutesResource {

    private final MinutesService minutes;
    private final SecurityIdentity caller;

    MinutesResource(MinutesService minutes, SecurityIdentity caller) {
        this.minutes = minutes;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish the minutes of a meeting that is over, or correct them",
            description = "The first publication is flagged late after the policy's days (default 14) and publishes minutes-published.")
    public MinutesResponse publish(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull PublishMinutesRequest request) {
        return MinutesResponse.of(minutes.publish(networkId, meetingId, request));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read the minutes, and who was asked to read them and has")
    public MinutesResponse get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return MinutesResponse.of(minutes.of(networkId, meetingId));
    }

    @PUT
    @Path("/acknowledgements/{partnerId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Record that an invitee has read the minutes",
            description = "Members for themselves; coordinators on behalf of an invitee. Publishes minutes-acknowledged once.")
    public AcknowledgementResponse acknowledge(@PathParam("networkId") String networkId,
            @PathParam("meetingId") UUID meetingId, @PathParam("partnerId") UUID partnerId) {
        SelfOrCoordinator.require(caller, partnerId);
        return AcknowledgementResponse.of(
                minutes.acknowledge(networkId, meetingId, partnerId, caller.getPrincipal().getName()));
    }
}
