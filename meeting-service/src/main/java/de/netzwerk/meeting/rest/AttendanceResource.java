package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.AttendanceResponse;
import de.netzwerk.meeting.rest.dto.RecordAttendanceRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.AttendanceService;
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

@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class AttendanceResource {

    private final AttendanceService attendance;

    AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record who was present, excused or absent",
            description = "Allowed once the meeting has started, for invitees, who are partners of the network (422 "
                    + "naming the entry otherwise). Each changed entry publishes attendance-recorded.")
    public AttendanceResponse record(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull RecordAttendanceRequest request) {
        return AttendanceResponse.of(meetingId, attendance.record(networkId, meetingId, request));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Read the attendance of a meeting")
    public AttendanceResponse get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return AttendanceResponse.of(meetingId, attendance.of(networkId, meetingId));
    }
}
