package de.netzwerk.partner.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.partner.ErasureReason;
import de.netzwerk.partner.config.ErasureConfig;
import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.rest.dto.ErasureResponse;
import de.netzwerk.partner.rest.dto.ExportResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.SelfOrCoordinator;
import de.netzwerk.partner.service.ConflictException;
import de.netzwerk.partner.service.PartnerErasure;
import de.netzwerk.partner.service.PersonalDataExports;
import de.netzwerk.partner.service.ResourceNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/partners/{partnerId}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "A partner's rights under the GDPR: access and portability (Art. 15 and 20), erasure (Art. 17)")
public class PersonalDataResource {

    private final PartnerErasure erasure;
    private final ErasureConfig config;
    private final PersonalDataExports exports;
    private final ObjectMapper json;
    private final SecurityIdentity caller;

    PersonalDataResource(PartnerErasure erasure, ErasureConfig config, PersonalDataExports exports, ObjectMapper json,
            SecurityIdentity caller) {
        this.erasure = erasure;
        this.config = config;
        this.exports = exports;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Export a partner's personal data",
            description = "Starts an export of everything the services hold about the partner and answers 202 with the "
                    + "export's status at Location (…/personal-data/exports/{exportId}); poll it until COMPLETE. "
                    + "partner-service reads its own part at once and publishes personal-data-export-requested; meeting-, "
                    + "task- and engagement-service answer with their parts on personal-data-exports, within seconds "
                    + "while they run. Asking again within a minute while your export of the partner is still pending "
                    + "answers that export instead of starting another. Members export only their own data (another "
                    + "partner answers 404, as if unknown); coordinators any partner of the network. An erased partner "
                    + "answers 410. A GET that starts a job, because this is the export's documented entry and the "
                    + "document needs the other services' answers: services never call each other.")
    @APIResponse(responseCode = "202", description = "The export, started or still pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class)))
    public Response export(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId,
            UriInfo uriInfo) {
        requireSelfUnlessCoordinator(partnerId);
        PersonalDataExports.Progress progress = exports.request(networkId, partnerId, caller.getPrincipal().getName());
        return Response.accepted(view(progress))
                .location(uriInfo.getAbsolutePathBuilder().path("exports").path(progress.export().id.toString()).build())
                .build();
    }

    @GET
    @Path("/exports/{exportId}")
    @Produces({ MediaType.APPLICATION_JSON, ExportArchive.MEDIA_TYPE })
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Read an export of a partner's personal data",
            description = "PENDING names the services whose parts are still missing. COMPLETE carries the document: "
                    + "partner-service's part (profile, consents with their history, memberships, contact log, goals, "
                    + "leaving) and meeting-, task- and engagement-service's parts as they sent them. A part still "
                    + "missing 10 minutes after the request makes it INCOMPLETE: the document has what arrived. The "
                    + "document holds personal data and is deleted a day after the export finished "
                    + "(netzwerk.personal-data-export.retention, documentKeptUntil): then EXPIRED, without it. With "
                    + "Accept: application/zip a finished export comes as a ZIP archive with one JSON file per service "
                    + "(409 while it is pending or expired). Members read only exports of their own data; any other "
                    + "answers 404. The partner's erasure deletes their exports (410).")
    @APIResponse(responseCode = "200", description = "The export as it stands",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class)),
                    @Content(mediaType = ExportArchive.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response exportStatus(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId,
            @PathParam("exportId") UUID exportId, @Context HttpHeaders headers) {
        if (!SelfOrCoordinator.allows(caller, partnerId)) {
            throw new ResourceNotFoundException("export", exportId);
        }
        ExportResponse export = view(exports.of(networkId, partnerId, exportId));
        if (!wantsArchive(headers)) {
            return Response.ok(export, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (export.document() == null) {
            throw new ConflictException(Text.of("export.not-finished", export.status()));
        }
        return Response.ok(ExportArchive.of(export, json), ExportArchive.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ExportArchive.fileName(export) + "\"")
                .build();
    }

    /** The archive only when the caller prefers it to JSON; no Accept, or a wildcard, reads JSON. */
    private static boolean wantsArchive(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(ExportArchive.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }

    @DELETE
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Erase a partner's personal data",
            description = "Erases the partner here at once (only a tombstone of the id remains; reading the partner answers "
                    + "410) and publishes partner-erased, on which every other service erases its part and confirms. "
                    + "Answers 202 with the erasure's status at Location; for a partner erased before, 200 with that same "
                    + "erasure. The record of the erasure names the requesting coordinator and a reason, nothing about the person.")
    @APIResponse(responseCode = "202", description = "Erased here; the other services are on it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResponse.class)))
    @APIResponse(responseCode = "200", description = "The partner had been erased before: that erasure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResponse.class)))
    public Response erase(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "Why the data is erased (no free text: the record must hold nothing about the person)",
                    required = true, example = "PARTNER_REQUEST")
            @QueryParam("reason") @NotNull ErasureReason reason,
            UriInfo uriInfo) {
        PartnerErasure.Outcome outcome = erasure.erase(networkId, partnerId, reason, caller.getPrincipal().getName());
        return Response.status(outcome.requestedNow() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(uriInfo.getAbsolutePathBuilder().replaceQuery(null).path("erasure").build())
                .entity(ErasureResponse.of(outcome.erasure(), config.services()))
                .build();
    }

    @GET
    @Path("/erasure")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Read how far the erasure of a partner's personal data has got",
            description = "Which services confirmed when and which are awaited; COMPLETE with the time from the request to "
                    + "the last confirmation once all have. 404 for a partner never erased.")
    public ErasureResponse status(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId) {
        return ErasureResponse.of(erasure.of(networkId, partnerId), config.services());
    }

    private ExportResponse view(PersonalDataExports.Progress progress) {
        return ExportResponse.of(progress.export(), progress.status(), progress.documentKeptUntil(), json);
    }

    /** A member asking about another partner is told nothing about them, as if the partner were unknown. */
    private void requireSelfUnlessCoordinator(UUID partnerId) {
        if (!SelfOrCoordinator.allows(caller, partnerId)) {
            throw new ResourceNotFoundException("partner", partnerId);
        }
    }

}
