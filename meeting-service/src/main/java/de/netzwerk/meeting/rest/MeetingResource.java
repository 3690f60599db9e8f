package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.rest.dto.CancelMeetingRequest;
import de.netzwerk.meeting.rest.dto.MeetingDetailsRequest;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.OffsetDateTime;
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
    @Operation(summary = "Schedule a meeting of a group (a past one may be entered to catch up on history)",
            description = "The group must be one of the network (422 otherwise); meeting-service learns of a new group "
                    + "from partner-service's events, usually within a second of its creation.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public RestResponse<MeetingResponse> schedule(@PathParam("networkId") String networkId,
            @Valid @NotNull ScheduleMeetingRequest request, UriInfo uriInfo) {
        MeetingResponse meeting = MeetingResponse.of(meetings.schedule(networkId, request));
        return RestResponse.ResponseBuilder
                .<MeetingResponse>created(uriInfo.getAbsolutePathBuilder().path(meeting.id().toString()).build())
                .entity(meeting).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List the network's meetings in date order, of one group and time window if given")
    public Page<MeetingResponse> list(@PathParam("networkId") String networkId,
            @QueryParam("groupId") UUID groupId,
            @Parameter(description = "Meetings starting at or after, ISO-8601 with offset", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Meetings starting before, ISO-8601 with offset", example = "2027-01-01T00:00:00+01:00")
            @QueryParam("to") OffsetDateTime to,
            @Valid @BeanParam PageRequest page) {
        MeetingService.MeetingPage found = meetings.list(networkId, new MeetingRepository.Filter(groupId, from, to), page);
        return Page.of(found.meetings().stream().map(MeetingResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{meetingId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a meeting")
    public MeetingResponse get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return MeetingResponse.of(meetings.get(networkId, meetingId));
    }

    @PUT
    @Path("/{meetingId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change a meeting's details; a new start or end reschedules it")
    public MeetingResponse update(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull MeetingDetailsRequest request) {
        return MeetingResponse.of(meetings.update(networkId, meetingId, request));
    }

    @POST
    @Path("/{meetingId}/cancellation")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Cancel a meeting that has not taken place, with the reason")
    public MeetingResponse cancel(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull CancelMeetingRequest request) {
        return MeetingResponse.of(meetings.cancel(networkId, meetingId, request.reason()));
    }
}
