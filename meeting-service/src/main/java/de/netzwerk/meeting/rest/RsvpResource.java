package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.RsvpRequest;
import de.netzwerk.meeting.rest.dto.RsvpResponse;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.security.SelfOrCoordinator;
import de.netzwerk.meeting.service.RsvpService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/responses/{partnerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "RSVPs")
public class RsvpResource {

    private final RsvpService rsvps;
    private final SecurityIdentity caller;

    RsvpResource(RsvpService rsvps, SecurityIdentity caller) {
        this.rsvps = rsvps;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Answer an invitation", description = "Members answer for themselves; coordinators on behalf of an invitee. Publishes rsvp-received.")
    public RsvpResponse answer(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @PathParam("partnerId") UUID partnerId, @Valid @NotNull RsvpRequest request) {
        SelfOrCoordinator.require(caller, partnerId);
        return RsvpResponse.of(rsvps.answer(networkId, meetingId, partnerId, request.answer(), request.reason(),
                caller.getPrincipal().getName()));
    }
}
