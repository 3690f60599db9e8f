package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.rest.dto.MeetingHistoryRequest;
import de.netzwerk.meeting.rest.dto.MeetingHistoryResponse;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.service.AnswerGiven;
import de.netzwerk.meeting.service.MeetingHistory;
import de.netzwerk.meeting.service.MeetingHistoryService;
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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A meeting's invitations, answers and attendance together: how a coordinator enters a past meeting in one go. */
@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class MeetingHistoryResource {

    private final MeetingHistoryService history;
    private final SecurityIdentity caller;

    MeetingHistoryResource(MeetingHistoryService history, SecurityIdentity caller) {
        this.history = history;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Enter what happened around a past meeting: invitations, answers and attendance, each with its date",
            description = "For a meeting that has started (409 before). All or nothing: every partner must be of the "
                    + "network (422 naming the item), answers and attendance be of invitees (400 naming the item), and "
                    + "no date in the future. Invitations are judged by sentAt as if sent then (days ahead, late; "
                    + "backfilled when after the meeting or not given); a decline before the meeting excuses an absence. "
                    + "Publishes what the single calls would, in the order things happened: invitations-sent, "
                    + "rsvp-received by time, attendance-recorded. Idempotent: the same history again changes and "
                    + "publishes nothing; additions are merged; another invitation date, or an answer older than the "
                    + "one recorded, is a conflict (409).")
    public MeetingHistoryResponse record(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull MeetingHistoryRequest request) {
        return MeetingHistoryResponse.of(history.record(networkId, meetingId, historyOf(request),
                caller.getPrincipal().getName()));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Read a meeting's invitations, answers and attendance together")
    public MeetingHistoryResponse get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return MeetingHistoryResponse.of(history.of(networkId, meetingId));
    }

    private static MeetingHistory historyOf(MeetingHistoryRequest request) {
        OffsetDateTime sentAt = request.invitations() == null ? null : request.invitations().sentAt();
        List<AnswerGiven> answers = request.answers().stream().map(answer -> new AnswerGiven(answer.partnerId(),
                answer.answer(), answer.reason(), answer.respondedAt())).toList();
        return new MeetingHistory(request.invitees(), sentAt, answers,
                AttendanceResource.presenceOf(request.presence()));
    }
}
