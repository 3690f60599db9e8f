package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.ScoringState;
import de.netzwerk.engagement.language.RequestLanguage;
import de.netzwerk.engagement.repository.EngagementStore;
import de.netzwerk.engagement.rest.dto.EngagementResponse;
import de.netzwerk.engagement.rest.dto.EngagementSummary;
import de.netzwerk.engagement.paging.Page;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.rest.dto.PauseRequest;
import de.netzwerk.engagement.scoring.rules.SignsOfLife;
import de.netzwerk.engagement.scoring.Band;
import de.netzwerk.engagement.security.Roles;
import de.netzwerk.engagement.security.SelfOrCoordinator;
import de.netzwerk.engagement.security.Visibility;
import de.netzwerk.engagement.service.AssessmentService;
import de.netzwerk.engagement.service.EngagementQueries;
import de.netzwerk.engagement.service.PauseService;
import de.netzwerk.engagement.service.ResourceNotFoundException;
import de.netzwerk.engagement.service.ScoringObjectionService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement", description = "Scores you can explain: every point lost has its cause")
public class EngagementResource {

    private final EngagementQueries queries;
    private final AssessmentService assessments;
    private final PauseService pauses;
    private final ScoringObjectionService objections;
    private final SecurityIdentity caller;
    private final RequestLanguage language;

    EngagementResource(EngagementQueries queries, AssessmentService assessments, PauseService pauses,
            ScoringObjectionService objections, SecurityIdentity caller, RequestLanguage language) {
        this.language = language;
        this.queries = queries;
        this.assessments = assessments;
        this.pauses = pauses;
        this.objections = objections;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "List partners by engagement, lowest score first",
            description = "Coordinators and integrations see the whole network; a member sees only themselves. "
                    + "Partners without a score (objected to scoring) come last in either order of score.")
    public Page<EngagementSummary> list(@PathParam("networkId") String networkId, @QueryParam("band") Band band,
            @Parameter(description = "score (the default), -score, updatedAt or -updatedAt; ties by partner id",
                    example = "-updatedAt")
            @QueryParam("sort") @Pattern(regexp = "-?(score|updatedAt)", message = "{netzwerk.sort.engagement}") String sort,
            @Parameter(description = "Only partners whose score, band, baseline, pause or policy changed at or after "
                    + "this time, for clients that poll for changes", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        Optional<UUID> own = Visibility.restrictedTo(caller);
        if (own.isPresent()) {
            List<EngagementSummary> mine = summaries(networkId, queries.stored(networkId, own.get()).stream()
                    .filter(stored -> band == null || stored.band() == band)
                    .filter(stored -> updatedSince == null || !stored.updatedAt().isBefore(updatedSince)).toList());
            return Page.of(page.page == 0 ? mine : List.of(), page, mine.size());
        }
        EngagementQueries.StoredPage found = queries.page(networkId, band, updatedSince, order(sort),
                page.page * page.size, page.size);
        return Page.of(summaries(networkId, found.items()), page, found.total());
    }

    private static EngagementStore.Order order(String sort) {
        return switch (sort == null ? "score" : sort) {
            case "-score" -> EngagementStore.Order.SCORE_DESCENDING;
            case "updatedAt" -> EngagementStore.Order.UPDATED_AT;
            case "-updatedAt" -> EngagementStore.Order.UPDATED_AT_DESCENDING;
            default -> EngagementStore.Order.SCORE;
        };
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION, Roles.MEMBER })
    @Operation(summary = "A partner's engagement with its components and the ledger of what moved the score",
            description = "Computed from the partner's facts for today: 100 plus the points of the ledger is the score. "
                    + "A member reads their own. Integrations see whether and when a partner pauses, not why. "
                    + "lastSignOfLife (an exchange offer or need posted, or an exchange agreed or completed, among "
                    + "them) is context: it keeps the SILENCE alert quiet and never moves the score.")
    public EngagementResponse get(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId) {
        Visibility.requireSelfOrNetworkWide(caller, partnerId);
        ScoringState scoring = objections.scoringOf(networkId, partnerId);
        if (scoring != ScoringState.ACTIVE) {
            ScoringObjectionService.Unscored unscored = objections.unscored(networkId, scoring);
            return EngagementResponse.unscored(partnerId, unscored.asOf(), unscored.policyVersion(), scoring);
        }
        AssessmentService.Current current = assessments.current(networkId, partnerId)
                .orElseThrow(() -> new ResourceNotFoundException("engagement of partner", partnerId));
        return EngagementResponse.of(partnerId, current.assessment(), current.policyVersion(),
                pauses.of(networkId, partnerId), Visibility.seesPersonalCircumstances(caller),
                SignsOfLife.last(current.history(), current.assessment().asOf(), current.zone()), language.locale());
    }

    /** The stored assessments, each with whether the partner is scored at all. */
    private List<EngagementSummary> summaries(String networkId, List<EngagementStore.Stored> stored) {
        Map<UUID, ScoringState> scoring = objections.scoringOf(networkId,
                stored.stream().map(EngagementStore.Stored::partnerId).toList());
        return stored.stream().map(item -> EngagementSummary.of(item, scoring.get(item.partnerId()))).toList();
    }

    @PUT
    @Path("/{partnerId}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Pause a partner (parental leave, illness, sabbatical)",
            description = "Nothing in the pause counts against them and no alert is raised. Members may pause themselves.")
    public RestResponse<PauseRequest> pause(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId, @Valid @NotNull PauseRequest request) {
        SelfOrCoordinator.require(caller, partnerId);
        PauseService.Pause recorded = pauses.pause(networkId, partnerId, new PauseService.Pause(request.startsOn(),
                request.until(), request.reason(), request.note()), caller.getPrincipal().getName());
        // The answer is the request as recorded, in the request's own shape (the published contract).
        return RestResponse.ok(new PauseRequest(recorded.startsOn(), recorded.until(), recorded.reason(),
                recorded.note()));
    }

    @DELETE
    @Path("/{partnerId}/pause")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "End a partner's pause: from today on everything counts again")
    public void endPause(@PathParam("networkId") String networkId, @PathParam("partnerId") UUID partnerId) {
        SelfOrCoordinator.require(caller, partnerId);
        pauses.end(networkId, partnerId);
    }

}
