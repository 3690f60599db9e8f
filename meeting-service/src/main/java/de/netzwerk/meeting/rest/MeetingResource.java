package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.MeetingResponse;
import de.netzwerk.meeting.rest.dto.Page;
import de.netzwerk.meeting.rest.dto.PageRequest;
import de.netzwerk.meeting.rest.dto.ScheduleMeetingRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.MeetingService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    private final MeetingService meetings;

    MeetingResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Schedule a meeting of a group")
    public RestResponse<MeetingResponse> schedule(@PathParam("networkId") String networkId,
            @Valid @NotNull ScheduleMeetingRequest request, UriInfo uriInfo) {
        MeetingResponse meeting = MeetingResponse.of(meetings.schedule(networkId, request));
        return RestResponse.ResponseBuilder
                .<MeetingResponse>created(uriInfo.getAbsolutePathBuilder().path(meeting.id().toString()).build())
                .entity(meeting).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List the network's meetings, of one group if given, in date order")
    public Page<MeetingResponse> list(@PathParam("networkId") String networkId, @QueryParam("groupId") UUID groupId,
            @Valid @BeanParam PageRequest page) {
        MeetingService.MeetingPage found = meetings.list(networkId, groupId, page);
        return Page.of(found.meetings().stream().map(MeetingResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{meetingId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a meeting")
    public MeetingResponse get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return MeetingResponse.of(meetings.get(networkId, meetingId));
    }
}
