package de.netzwerk.partner.rest;

import de.netzwerk.partner.rest.dto.CreateGroupRequest;
import de.netzwerk.partner.rest.dto.GroupResponse;
import de.netzwerk.partner.rest.dto.MembershipRequest;
import de.netzwerk.partner.rest.dto.MembershipResponse;
import de.netzwerk.partner.rest.dto.MembershipsRequest;
import de.netzwerk.partner.rest.dto.MembershipsResponse;
import de.netzwerk.partner.rest.dto.Page;
import de.netzwerk.partner.rest.dto.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.GroupService;
import de.netzwerk.partner.service.MembershipEntries;
import de.netzwerk.partner.service.MembershipService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "The steering group and the working groups, and who belongs to them")
public class GroupResource {

    private final GroupService groups;
    private final MembershipService memberships;
    private final MembershipEntries membershipEntries;

    GroupResource(GroupService groups, MembershipService memberships, MembershipEntries membershipEntries) {
        this.groups = groups;
        this.memberships = memberships;
        this.membershipEntries = membershipEntries;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a group", description = "A network has at most one steering group.")
    @APIResponse(responseCode = "201", description = "Created; Location names the group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupResponse.class)))
    public RestResponse<GroupResponse> create(@PathParam("networkId") String networkId,
            @Valid @NotNull CreateGroupRequest request, UriInfo uriInfo) {
        GroupResponse group = GroupResponse.of(groups.create(networkId, request));
        return RestResponse.ResponseBuilder
                .<GroupResponse>created(uriInfo.getAbsolutePathBuilder().path(group.id().toString()).build())
                .entity(group).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "List the network's groups, the steering group first")
    public Page<GroupResponse> list(@PathParam("networkId") String networkId, @Valid @BeanParam PageRequest page) {
        GroupService.GroupPage found = groups.list(networkId, page.toPanache());
        return Page.of(found.groups().stream().map(GroupResponse::of).toList(), page, found.total());
    }

    @GET
    @Path("/{groupId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(summary = "Read a group")
    public GroupResponse get(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId) {
        return GroupResponse.of(groups.get(networkId, groupId));
    }

    @GET
    @Path("/{groupId}/members")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(summary = "List the group's current members, longest-standing first")
    public Page<MembershipResponse> members(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(memberships.current(networkId, groupId).stream().map(MembershipResponse::of).toList(), page);
    }

    @POST
    @Path("/{groupId}/members")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Enter several memberships of the group at once, with their past dates",
            description = "For entering a network's history: each entry with its role, join date and, for a membership "
                    + "that has ended, its end. All or nothing. Publishes membership-started for each membership entered "
                    + "(with its join date), and membership-ended for one that has ended. Idempotent: an entry already "
                    + "recorded exactly so is left as it is, so the same list can be sent again. An entry that overlaps "
                    + "a recorded membership of the partner otherwise is a 409; one that names a partner not of this "
                    + "network, or one named by an earlier entry, a 422 naming the entry.")
    public MembershipsResponse enterMembers(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId,
            @Valid @NotNull MembershipsRequest request) {
        return MembershipsResponse.of(membershipEntries.enter(networkId, groupId, request.memberships()));
    }

    @PUT
    @Path("/{groupId}/members/{partnerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a partner to the group, or change their role or introductory talk",
            description = "201 and membership-started when the partner joins; 200 and membership-changed when their current membership changes.")
    @APIResponse(responseCode = "201", description = "The partner joined; Location names the membership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "200", description = "Their current membership changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    public RestResponse<MembershipResponse> putMember(@PathParam("networkId") String networkId,
            @PathParam("groupId") UUID groupId, @PathParam("partnerId") UUID partnerId,
            @Valid @NotNull MembershipRequest request, UriInfo uriInfo) {
        MembershipService.Result result = memberships.put(networkId, groupId, partnerId, request);
        MembershipResponse membership = MembershipResponse.of(result.membership());
        return result.started()
                ? RestResponse.ResponseBuilder.<MembershipResponse>created(uriInfo.getAbsolutePath()).entity(membership).build()
                : RestResponse.ok(membership);
    }

    @DELETE
    @Path("/{groupId}/members/{partnerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "End a partner's membership today", description = "The membership stays as history. Publishes membership-ended.")
    public void endMember(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId,
            @PathParam("partnerId") UUID partnerId) {
        memberships.end(networkId, groupId, partnerId);
    }
}
