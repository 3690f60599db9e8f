package de.netzwerk.task.rest;

import de.netzwerk.task.feed.Feed;
import de.netzwerk.task.feed.FeedPage;
import de.netzwerk.task.rest.problem.Problem;
import de.netzwerk.task.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The change feed of task-events for a network's municipal systems (see {@link Feed}); the path names the topic. */
@Path("/api/v1/networks/{networkId}/feeds/task-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds")
public class TaskEventsFeedResource {

    private final Feed feed;

    TaskEventsFeedResource(Feed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = Feed.SUMMARY, description = Feed.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The events after the cursor, and the cursor to send next",
            headers = {
                    @Header(name = "Link", description = "<…?after=next>; rel=\"next\"", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Retry-After", description = "Seconds to wait before asking again; only when no event came",
                            schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "410", description = Feed.GONE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FeedPage> read(@PathParam("networkId") String networkId,
            @Parameter(description = "Opaque: the next of an earlier answer; none to start at the oldest kept event")
            @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit, UriInfo uriInfo) {
        return feed.read(networkId, after, limit, uriInfo);
    }
}
