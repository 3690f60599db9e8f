package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.AttendanceResponse;
import de.netzwerk.meeting.rest.dto.RecordAttendanceRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.AttendanceService;
import de.netzwerk.meeting.service.Presence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class AttendanceResource {

    private static final String ETAG = "The attendance's version: send it in If-Match to record or correct attendance";

    private final AttendanceService attendance;

    AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record who was present, excused or absent",
            description = "Allowed once the meeting has started, for invitees, who are partners of the network (422 "
                    + "naming the entry otherwise). Entries not named stay as they are. Send the ETag of the attendance "
                    + "you read in If-Match (a meeting without any has \"0\"): without it 428, a stale one 412. Each "
                    + "changed entry publishes attendance-recorded.")
    @APIResponse(responseCode = "200", description = "The meeting's attendance as recorded", headers = @Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceResponse.class)))
    public RestResponse<AttendanceResponse> record(@PathParam("networkId") String networkId,
            @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "The ETag of the attendance as you read it", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecordAttendanceRequest request) {
        long expectedVersion = IfMatch.version(ifMatch);
        return tagged(meetingId, attendance.record(networkId, meetingId, expectedVersion, presenceOf(request.entries())));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Read the attendance of a meeting", description = "The ETag is the version to send in If-Match to record or correct it.")
    @APIResponse(responseCode = "200", description = "The meeting's attendance", headers = @Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceResponse.class)))
    public RestResponse<AttendanceResponse> get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return tagged(meetingId, attendance.of(networkId, meetingId));
    }

    private static RestResponse<AttendanceResponse> tagged(UUID meetingId, AttendanceService.AttendanceSheet sheet) {
        return RestResponse.ResponseBuilder.ok(AttendanceResponse.of(meetingId, sheet.entries()))
                .tag(ETags.of(sheet.version())).build();
    }

    /** The entries as the service takes them; the meeting's history names its attendance with the same entries. */
    static List<Presence> presenceOf(List<RecordAttendanceRequest.Entry> entries) {
        return entries.stream().map(entry -> new Presence(entry.partnerId(), entry.status())).toList();
    }
}
