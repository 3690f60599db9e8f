package de.netzwerk.meeting.rest;

import de.netzwerk.meeting.config.MeetingConfig;
import de.netzwerk.meeting.rest.dto.CalendarFeedResponse;
import de.netzwerk.meeting.rest.dto.CreateCalendarFeedRequest;
import de.netzwerk.meeting.rest.dto.CreatedCalendarFeedResponse;
import de.netzwerk.meeting.paging.Page;
import de.netzwerk.meeting.paging.PageRequest;
import de.netzwerk.meeting.security.Roles;
import de.netzwerk.meeting.security.TokenClaims;
import de.netzwerk.meeting.service.CalendarFeedService;
import de.netzwerk.meeting.service.CalendarFeedService.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Creating, listing and revoking the secret links under which calendar apps subscribe to meetings. */
@Path("/api/v1/networks/{networkId}/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars")
public class CalendarFeedResource {

    private final CalendarFeedService feeds;
    private final SecurityIdentity caller;
    private final MeetingConfig config;

    CalendarFeedResource(CalendarFeedService feeds, SecurityIdentity caller, MeetingConfig config) {
        this.feeds = feeds;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Create a secret link to a calendar feed: a group's meetings, or the meetings you are invited to",
            description = "A member subscribes to their own groups (403 otherwise) and to their own meetings; a coordinator "
                    + "to any group of the network (422 for a group not of it). The answer carries the link once; only a "
                    + "digest of its secret is kept. The link dies when revoked, when the partner leaves the network or "
                    + "is erased, and a member's group link when they leave the group.")
    @APIResponse(responseCode = "201", description = "Created; the body carries the link, once",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "no-store: the body holds a credential",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedCalendarFeedResponse.class)))
    public RestResponse<CreatedCalendarFeedResponse> create(@PathParam("networkId") String networkId,
            @Valid @NotNull CreateCalendarFeedRequest request) {
        CalendarFeedService.CreatedFeed created = feeds.create(networkId, caller(), request.scope(), request.groupId());
        return RestResponse.ResponseBuilder
                .create(RestResponse.Status.CREATED, CreatedCalendarFeedResponse.of(created.feed(), linkTo(created.secret())))
                // The body holds a credential: no cache along the way may keep it.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "List calendar feeds, newest first, without their links",
            description = "A member sees their own feeds; a coordinator every feed of the network, so that they can revoke any.")
    public Page<CalendarFeedResponse> list(@PathParam("networkId") String networkId, @Valid @BeanParam PageRequest page) {
        CalendarFeedService.FeedPage found = feeds.list(networkId, caller(), page);
        return Page.of(found.feeds().stream().map(CalendarFeedResponse::of).toList(), page, found.total());
    }

    @DELETE
    @Path("/{feedId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "Revoke a calendar feed: its link answers 404 from now on",
            description = "A member revokes their own feeds; a coordinator any feed of the network.")
    public RestResponse<Void> revoke(@PathParam("networkId") String networkId, @PathParam("feedId") UUID feedId) {
        feeds.revoke(networkId, caller(), feedId);
        return RestResponse.noContent();
    }

    /**
     * The token's subject names the account, not the principal's name: that may be an e-mail address or a user name,
     * which a feed need not keep.
     */
    private Caller caller() {
        Optional<UUID> partnerId = TokenClaims.partnerId(caller.getPrincipal()).flatMap(CalendarFeedResource::uuid);
        String subject = caller.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : caller.getPrincipal().getName();
        return new Caller(subject, partnerId, caller.hasRole(Roles.COORDINATOR));
    }

    /** The feed's address at the service's public address, never at the request's Host. */
    private URI linkTo(String secret) {
        return UriBuilder.fromUri(config.publicBaseUrl()).path(SubscribedCalendarResource.PATH).build(secret);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
