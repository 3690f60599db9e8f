package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.language.RequestLanguage;
import de.netzwerk.engagement.rest.dto.AlertCaseResponse;
import de.netzwerk.engagement.rest.dto.FollowUpRequest;
import de.netzwerk.engagement.paging.Page;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.security.Visibility;
import de.netzwerk.engagement.service.AlertFollowUpService;
import de.netzwerk.engagement.service.AlertQueries;
import de.netzwerk.engagement.service.ResourceNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.util.Optional;
import java.util.UUID;

/**
 * A partner's cases: the alerts that hold for them at the same time, followed up as one. A literal segment beside
 * {@code …/alerts/{alertId}} (as {@code …/alerts/causes} is): an alert id is a UUID, never "cases".
 */
@Path("/api/v1/networks/{networkId}/alerts/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Signs that a partner may be drifting away, and their follow-up")
public class AlertCaseResource {

    private final AlertQueries alerts;
    private final AlertFollowUpService followUps;
    private final SecurityIdentity caller;
    private final RequestLanguage language;

    AlertCaseResource(AlertQueries alerts, AlertFollowUpService followUps, SecurityIdentity caller,
            RequestLanguage language) {
        this.alerts = alerts;
        this.followUps = followUps;
        this.caller = caller;
        this.language = language;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "List the network's cases, most recently opened first",
            description = "A case is one follow-up of every alert that holds for a partner at the same time (a group's "
                    + "alerts are a case of the group). A member sees only their own cases.")
    public Page<AlertCaseResponse> list(@PathParam("networkId") String networkId, @QueryParam("partnerId") UUID partnerId,
            @QueryParam("status") AlertStatus status, @Valid @BeanParam PageRequest page) {
        Optional<UUID> own = Visibility.restrictedTo(caller);
        if (own.isPresent() && partnerId != null) {
            Visibility.requireSelfOrNetworkWide(caller, partnerId);
        }
        AlertQueries.CasePage found = alerts.listCases(networkId, own.orElse(partnerId), status, page);
        return Page.of(found.cases().stream().map(view -> asSeen(AlertCaseResponse.of(view, language.locale()))).toList(), page,
                found.total());
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "One case with its reasons and follow-up", description = "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = HttpHeaders.ETAG,
            description = "The case's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertCaseResponse.class)))
    public RestResponse<AlertCaseResponse> get(@PathParam("networkId") String networkId, @PathParam("caseId") UUID caseId) {
        AlertCase found = visible(networkId, caseId);
        return RestResponse.ResponseBuilder.ok(asSeen(AlertCaseResponse.of(alerts.view(found), language.locale())))
                .tag(ETags.of(found.version)).build();
    }

    /** Integrations read no follow-up notes (need to know). */
    private AlertCaseResponse asSeen(AlertCaseResponse response) {
        return Visibility.seesPersonalCircumstances(caller) ? response : response.withoutFollowUpNote();
    }

    @PATCH
    @Path("/{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record the next step of the case's follow-up",
            description = "As for one alert: ACKNOWLEDGED, CONTACTED (contactChannel required), RESOLVED (cause "
                    + "required) or DISMISSED. If-Match names the case's version you read: another coordinator's "
                    + "step since answers 412. Every standing reason moves with the case; closing it publishes "
                    + "alert-resolved per reason.")
    @APIResponse(responseCode = "200", description = "The case, followed up", headers = @Header(name = HttpHeaders.ETAG,
            description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertCaseResponse.class)))
    public RestResponse<AlertCaseResponse> followUp(@PathParam("networkId") String networkId, @PathParam("caseId") UUID caseId,
            @Parameter(description = "The ETag of the case's version you read", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FollowUpRequest request) {
        long basedOn = IfMatch.version(ifMatch);
        AlertQueries.CaseView followed = followUps.followUpCase(networkId, caseId, AlertResource.change(request, basedOn),
                caller.getPrincipal().getName());
        return RestResponse.ResponseBuilder.ok(AlertCaseResponse.of(followed, language.locale()))
                .tag(ETags.of(followed.alertCase().version)).build();
    }

    private AlertCase visible(String networkId, UUID caseId) {
        AlertCase found = alerts.getCase(networkId, caseId);
        if (!Visibility.seesAbout(caller, found.partnerId)) {
            throw new ResourceNotFoundException("case", caseId);
        }
        return found;
    }
}
