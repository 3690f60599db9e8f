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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/meetings/{meetingId}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Minutes")
public class MinutesResource {

    private static final String ETAG = "The minutes' version: send it in If-Match to correct them";

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
                    + "and are judged by it; moving it earlier later on corrects it and publishes minutes-published again. "
                    + "The first publication needs no If-Match (there is nothing to overwrite; one sent anyway cannot match: "
                    + "412). A correction needs the ETag of the minutes you read in If-Match: without it 428, a stale one 412.")
    @APIResponse(responseCode = "200", description = "The minutes as published", headers = @Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinutesResponse.class)))
    public RestResponse<MinutesResponse> publish(@PathParam("networkId") String networkId,
            @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "The ETag of the minutes as you read them; required to correct published minutes, "
                    + "not sent for the first publication", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PublishMinutesRequest request) {
        Long expectedVersion = ifMatch == null ? null : IfMatch.version(ifMatch);
        return tagged(minutes.publish(networkId, meetingId, expectedVersion, request.text(), request.link(),
                request.publishedAt()));
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read the minutes, and who was asked to read them and has",
            description = "The ETag is the version to send in If-Match to correct them.")
    @APIResponse(responseCode = "200", description = "The minutes", headers = @Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinutesResponse.class)))
    public RestResponse<MinutesResponse> get(@PathParam("networkId") String networkId, @PathParam("meetingId") UUID meetingId) {
        return tagged(minutes.of(networkId, meetingId));
    }

    /**
     * The ETag changes with the text, link or publication date; who has read them is not part of the version (readings
     * are recorded by the readers themselves and change nothing a correction could overwrite).
     */
    private static RestResponse<MinutesResponse> tagged(MinutesService.MinutesView view) {
        return RestResponse.ResponseBuilder.ok(MinutesResponse.of(view)).tag(ETags.of(view.minutes().version)).build();
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
