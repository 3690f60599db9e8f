package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.rest.dto.AcknowledgeMinutesRequest;
import de.netzwerk.meeting.rest.dto.AcknowledgementResponse;
import de.netzwerk.meeting.rest.dto.MinutesResponse;
import de.netzwerk.meeting.rest.dto.PublishMinutesRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.security.SelfOrCoordinator;
import de.netzwerk.meeting.service.InvalidFieldException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
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
            description = "The first publication is flagged late after the policy's days (default 14) and publishes "
                    + "minutes-published. Minutes entered after the fact give publishedAt, when they really came out, "
                    + "and are judged by it; moving it earlier later on corrects it and publishes minutes-published again.")
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
            description = "Members for themselves, now; coordinators on behalf of an invitee, now or at acknowledgedAt "
                    + "for history entered after the fact. Publishes minutes-acknowledged once, and again when a "
                    + "coordinator moves the time earlier.")
    public AcknowledgementResponse acknowledge(@PathParam("networkId") String networkId,
            @PathParam("meetingId") UUID meetingId, @PathParam("partnerId") UUID partnerId,
            @RequestBody(required = false) @Valid AcknowledgeMinutesRequest request) {
        SelfOrCoordinator.require(caller, partnerId);
        OffsetDateTime acknowledgedAt = request == null ? null : request.acknowledgedAt();
        if (acknowledgedAt != null && !caller.hasRole(Roles.COORDINATOR)) {
            throw new InvalidFieldException("acknowledgedAt", Text.of("read-at-by-coordinator-only"));
        }
        return AcknowledgementResponse.of(
                minutes.acknowledge(networkId, meetingId, partnerId, acknowledgedAt, caller.getPrincipal().getName()));
    }
}
