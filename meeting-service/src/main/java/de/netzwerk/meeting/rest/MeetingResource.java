package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.repository.MeetingOrder;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.rest.dto.CancelMeetingRequest;
import de.netzwerk.meeting.rest.dto.MeetingDetailsRequest;
import de.netzwerk.meeting.rest.dto.MeetingResponse;
import de.netzwerk.meeting.paging.Page;
import de.netzwerk.meeting.paging.PageRequest;
import de.netzwerk.meeting.rest.dto.ScheduleMeetingRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.MeetingDetails;
import de.netzwerk.meeting.service.MeetingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

    static final String ETAG = "The meeting's version: send it in If-Match to change or cancel the meeting";

    private final MeetingService meetings;

    MeetingResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Schedule a meeting of a group (a past one may be entered to catch up on history)",
            description = "The group must be one of the network (422 otherwise); meeting-service learns of a new group "
                    + "from partner-service's events, usually within a second of its creation.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the meeting", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public RestResponse<MeetingResponse> schedule(@PathParam("networkId") String networkId,
            @Valid @NotNull ScheduleMeetingRequest request, UriInfo uriInfo) {
        MeetingResponse meeting = MeetingResponse.of(meetings.schedule(networkId, request.groupId(), detailsOf(request)));
        return RestResponse.ResponseBuilder
                .<MeetingResponse>created(uriInfo.getAbsolutePathBuilder().path(meeting.id().toString()).build())
                .entity(meeting).tag(ETags.of(meeting.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List the network's meetings, of one group and time window if given, in date order or as sorted",
            description = "updatedSince lists what was scheduled, changed or cancelled at or after a moment, for clients "
                    + "that poll for changes (with sort=updatedAt they read the oldest change first).")
    public Page<MeetingResponse> list(@PathParam("networkId") String networkId,
            @QueryParam("groupId") UUID groupId,
            @Parameter(description = "Meetings starting at or after, ISO-8601 with offset", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Meetings starting before, ISO-8601 with offset", example = "2027-01-01T00:00:00+01:00")
            @QueryParam("to") OffsetDateTime to,
            @Parameter(description = "Only meetings scheduled, changed or cancelled at or after this time, ISO-8601 with offset",
                    example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Parameter(description = "startsAt (the default), -startsAt, title, -title, updatedAt or -updatedAt; ties in id order",
                    example = "-startsAt")
            @QueryParam("sort") @Pattern(regexp = MeetingOrder.KEYS, message = "{netzwerk.sort.meetings}") String sort,
            @Valid @BeanParam PageRequest page) {
        MeetingService.MeetingPage found = meetings.list(networkId,
                new MeetingRepository.Filter(groupId, from, to, updatedSince), MeetingOrder.of(sort), page);
        return Page.of(found.meetings().stream().map(MeetingResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{meetingId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a meeting", description = "The ETag is the version to send in If-Match to change or cancel it.")
    @APIResponse(responseCode = "200", description = "The meeting", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public RestResponse<MeetingResponse> get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return tagged(meetings.get(networkId, meetingId));
    }

    @PUT
    @Path("/{meetingId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Change a meeting's details; a new start or end reschedules it",
            description = "Send the ETag you read in If-Match: without it 428, a stale one 412.")
    @APIResponse(responseCode = "200", description = "The meeting as changed", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public RestResponse<MeetingResponse> update(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "The ETag of the meeting as you read it", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingDetailsRequest request) {
        long expectedVersion = IfMatch.version(ifMatch);
        return tagged(meetings.update(networkId, meetingId, expectedVersion, detailsOf(request)));
    }

    @POST
    @Path("/{meetingId}/cancellation")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Cancel a meeting that has not taken place, with the reason",
            description = "A change of the meeting: send the ETag you read in If-Match (without it 428, a stale one 412).")
    @APIResponse(responseCode = "200", description = "The meeting, cancelled", headers = @Header(name = HttpHeaders.ETAG,
            description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponse.class)))
    public RestResponse<MeetingResponse> cancel(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "The ETag of the meeting as you read it", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancelMeetingRequest request) {
        long expectedVersion = IfMatch.version(ifMatch);
        return tagged(meetings.cancel(networkId, meetingId, expectedVersion, request.reason()));
    }

    private static RestResponse<MeetingResponse> tagged(Meeting meeting) {
        return RestResponse.ResponseBuilder.ok(MeetingResponse.of(meeting)).tag(ETags.of(meeting.version)).build();
    }

    private static MeetingDetails detailsOf(ScheduleMeetingRequest request) {
        return new MeetingDetails(request.title(), request.format(), request.startsAt(), request.endsAt(),
                request.timeZone(), request.place(), request.onlineLink(), request.agenda());
    }

    private static MeetingDetails detailsOf(MeetingDetailsRequest request) {
        return new MeetingDetails(request.title(), request.format(), request.startsAt(), request.endsAt(),
                request.timeZone(), request.place(), request.onlineLink(), request.agenda());
    }
}
