package de.netzwerk.partner.rest;

import de.netzwerk.partner.Network;
import de.netzwerk.partner.rest.dto.CreateNetworkRequest;
import de.netzwerk.partner.rest.dto.NetworkResponse;
import de.netzwerk.partner.rest.dto.UpdateNetworkRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.NetworkService;
import de.netzwerk.partner.service.command.NetworkSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Networks", description = "The tenants: every other resource lives inside one network")
public class NetworkResource {

    private final NetworkService networks;

    NetworkResource(NetworkService networks) {
        this.networks = networks;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Create a network", description = "Operators only. The id is permanent. The response carries an ETag for later changes.")
    @APIResponse(responseCode = "201", description = "Created; Location names the network",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkResponse.class)))
    public RestResponse<NetworkResponse> create(@Valid @NotNull CreateNetworkRequest request, UriInfo uriInfo) {
        Network network = networks.create(request.id(), new NetworkSettings(request.name(), request.timeZone(),
                request.defaultLanguage()));
        return RestResponse.ResponseBuilder.<NetworkResponse>created(uriInfo.getAbsolutePathBuilder().path(network.id).build())
                .entity(NetworkResponse.of(network)).tag(ETags.of(network.version)).build();
    }

    @GET
    @Path("/{networkId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION, Roles.OPERATOR })
    @Operation(summary = "Read a network", description = "The ETag is the version to send in If-Match.")
    public RestResponse<NetworkResponse> get(@PathParam("networkId") String networkId) {
        return answer(networks.get(networkId));
    }

    @PATCH
    @Path("/{networkId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Rename a network or change its time zone or language",
            description = "Send the ETag you read in If-Match. Publishes network-updated when the time zone or the "
                    + "language changes.")
    public RestResponse<NetworkResponse> update(@PathParam("networkId") String networkId,
            @Parameter(description = "The ETag of the version you read", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateNetworkRequest request) {
        return answer(networks.update(networkId, IfMatch.version(ifMatch),
                new NetworkSettings(request.name(), request.timeZone(), request.defaultLanguage())));
    }

    private static RestResponse<NetworkResponse> answer(Network network) {
        return RestResponse.ResponseBuilder.ok(NetworkResponse.of(network)).tag(ETags.of(network.version)).build();
    }
}
