package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.language.RequestLanguage;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.rest.dto.AlertResponse;
import de.netzwerk.engagement.rest.dto.CausesResponse;
import de.netzwerk.engagement.rest.dto.FollowUpRequest;
import de.netzwerk.engagement.paging.Page;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.security.Visibility;
import de.netzwerk.engagement.service.AlertFollowUpService;
import de.netzwerk.engagement.service.AlertQueries;
import de.netzwerk.engagement.service.InvalidRequestException;
import de.netzwerk.engagement.service.ResourceNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Signs that a partner may be drifting away, and their follow-up")
public class AlertResource {

    private final AlertQueries alerts;
    private final AlertFollowUpService followUps;
    private final SecurityIdentity caller;
    private final RequestLanguage language;

    AlertResource(AlertQueries alerts, AlertFollowUpService followUps, SecurityIdentity caller,
            RequestLanguage language) {
        this.alerts = alerts;
        this.followUps = followUps;
        this.caller = caller;
        this.language = language;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "List the network's alerts, newest first", description = "A member sees only alerts about themselves.")
    public Page<AlertResponse> list(@PathParam("networkId") String networkId, @QueryParam("partnerId") UUID partnerId,
            @QueryParam("status") AlertStatus status,
            @Parameter(description = "-raisedAt (the default), raisedAt, updatedAt or -updatedAt; ties by id", example = "-updatedAt")
            @QueryParam("sort") @Pattern(regexp = "-?(raisedAt|updatedAt)", message = "{netzwerk.sort.alerts}") String sort,
            @Parameter(description = "Only alerts changed at or after this time (raised, followed up, new evidence, "
                    + "withdrawn), for clients that poll for changes", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        Optional<UUID> own = Visibility.restrictedTo(caller);
        if (own.isPresent() && partnerId != null) {
            Visibility.requireSelfOrNetworkWide(caller, partnerId);
        }
        var filter = new AlertRepository.Filter(own.orElse(partnerId), status, updatedSince);
        AlertQueries.AlertPage found = alerts.list(networkId, filter, sort == null ? "-raisedAt" : sort, page);
        return Page.of(found.alerts().stream().map(this::asSeen).toList(), page, found.total());
    }

    @GET
    @Path("/{alertId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "One alert with its evidence and follow-up", description = "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The alert", headers = @Header(name = HttpHeaders.ETAG,
            description = "The alert's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertResponse.class)))
    public RestResponse<AlertResponse> get(@PathParam("networkId") String networkId, @PathParam("alertId") UUID alertId) {
        Alert alert = alerts.get(networkId, alertId);
        if (!Visibility.seesAbout(caller, alert.partnerId)) {
            throw new ResourceNotFoundException("alert", alertId);
        }
        return RestResponse.ResponseBuilder.ok(asSeen(alert)).tag(ETags.of(alert.version)).build();
    }

    /** Integrations read no follow-up notes (need to know). */
    private AlertResponse asSeen(Alert alert) {
        AlertResponse response = AlertResponse.of(alert, language.locale());
        return Visibility.seesPersonalCircumstances(caller) ? response : response.withoutFollowUpNote();
    }

    @PATCH
    @Path("/{alertId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record the next step of the follow-up of the alert's case",
            description = "ACKNOWLEDGED, CONTACTED (contactChannel required), RESOLVED (cause required) or DISMISSED. "
                    + "The follow-up belongs to the alert's case: every standing reason of the case moves with it "
                    + "(see …/alerts/cases/{caseId}). If-Match names the alert's version you read: another "
                    + "coordinator's step since answers 412. Closing publishes alert-resolved per reason.")
    @APIResponse(responseCode = "200", description = "The alert, followed up", headers = @Header(name = HttpHeaders.ETAG,
            description = "The alert's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertResponse.class)))
    public RestResponse<AlertResponse> followUp(@PathParam("networkId") String networkId, @PathParam("alertId") UUID alertId,
            @Parameter(description = "The ETag of the alert's version you read", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FollowUpRequest request) {
        long basedOn = IfMatch.version(ifMatch);
        Alert followed = followUps.followUp(networkId, alertId, change(request, basedOn), caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.ok(AlertResponse.of(followed, language.locale())).tag(ETags.of(followed.version))
                .build();
    }

    /** The follow-up asked for, refused (400) when a field its status needs is missing. */
    static AlertFollowUpService.FollowUp change(FollowUpRequest request, long basedOn) {
        if (request.status() == AlertStatus.CONTACTED && request.contactChannel() == null) {
            throw new InvalidRequestException("contactChannel", Text.of("required-when-contacted"));
        }
        if (request.status() == AlertStatus.RESOLVED && request.cause() == null) {
            throw new InvalidRequestException("cause", Text.of("required-to-resolve"));
        }
        if (request.contactedAt() != null && request.contactedAt().isAfter(OffsetDateTime.now().plusMinutes(5))) {
            throw new InvalidRequestException("contactedAt", Text.of("must-not-be-in-future"));
        }
        return new AlertFollowUpService.FollowUp(request.status(), request.contactedBy(), request.contactedAt(),
                request.contactChannel(), request.cause(), request.note(), basedOn);
    }

    @GET
    @Path("/causes")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "Why partners drifted away, over the network's resolved cases",
            description = "Shows whether people leave for personal reasons or because of how the network works. Counts "
                    + "cases, not alerts: a case resolved with one cause counts once, however many rules held.")
    public CausesResponse causes(@PathParam("networkId") String networkId, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to) {
        return CausesResponse.of(alerts.causes(networkId, from, to));
    }
}
