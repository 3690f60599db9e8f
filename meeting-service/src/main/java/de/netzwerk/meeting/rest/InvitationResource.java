package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.InvitationResponse;
import de.netzwerk.meeting.paging.Page;
import de.netzwerk.meeting.paging.PageRequest;
import de.netzwerk.meeting.rest.dto.SendInvitationsRequest;
import de.netzwerk.meeting.rest.dto.SentInvitationsResponse;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.InvitationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
public class InvitationResource {

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Invite the group's current members (and guests)",
            description = "Only those not invited yet. Fewer days ahead than the policy (default 7) is flagged late; "
                    + "after the meeting it is recorded as backfilled. Newcomers without an introductory talk are flagged. "
                    + "A guest who is not a partner of the network, or has left it, is refused (422). "
                    + "Publishes invitations-sent.")
    public SentInvitationsResponse send(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull SendInvitationsRequest request) {
        List<UUID> guests = request.guests() == null ? List.of() : request.guests();
        return new SentInvitationsResponse(invitations.send(networkId, meetingId, guests).stream().map(InvitationResponse::of).toList());
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Who was invited, when, and how many days ahead", description = "In the order they were sent.")
    public Page<InvitationResponse> list(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @BeanParam PageRequest page) {
        InvitationService.InvitationPage found = invitations.of(networkId, meetingId, page);
        return Page.of(found.invitations().stream().map(InvitationResponse::of).toList(), page, found.total());
    }
}
