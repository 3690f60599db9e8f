package de.netzwerk.partner.rest;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.PartnerGroup;
import de.netzwerk.partner.service.command.CreateGroupCommand;
import de.netzwerk.partner.rest.dto.GroupResponse;
import de.netzwerk.partner.service.command.MembershipCommand;
import de.netzwerk.partner.rest.dto.MembershipResponse;
import de.netzwerk.partner.rest.dto.MembershipsRequest;
import de.netzwerk.partner.rest.dto.MembershipsResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
            @Valid @NotNull CreateGroupCommand request, UriInfo uriInfo) {
        PartnerGroup group = groups.create(networkId, request);
        return RestResponse.ResponseBuilder
                .<GroupResponse>created(uriInfo.getAbsolutePathBuilder().path(group.id.toString()).build())
                .entity(GroupResponse.of(group)).tag(ETags.of(group.version)).build();
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
    public RestResponse<GroupResponse> get(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId) {
        PartnerGroup group = groups.get(networkId, groupId);
        return RestResponse.ResponseBuilder.ok(GroupResponse.of(group)).tag(ETags.of(group.version)).build();
    }

    @GET
    @Path("/{groupId}/members")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(operationId = "groupMemberList", summary = "List the group's current members, longest-standing first")
    public Page<MembershipResponse> members(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(memberships.current(networkId, groupId).stream().map(MembershipResponse::of).toList(), page);
    }

    @POST
    @Path("/{groupId}/members")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "groupMemberEnterHistory", summary = "Enter several memberships of the group at once, with their past dates",
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

    @GET
    @Path("/{groupId}/members/{partnerId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.INTEGRATION })
    @Operation(operationId = "groupMemberGet", summary = "Read a partner's current membership of the group",
            description = "404 when they are no member of it now. The ETag is the version to send in If-Match when "
                    + "changing it.")
    public RestResponse<MembershipResponse> member(@PathParam("networkId") String networkId,
            @PathParam("groupId") UUID groupId, @PathParam("partnerId") UUID partnerId) {
        Membership membership = memberships.currentOf(networkId, groupId, partnerId);
        return RestResponse.ResponseBuilder.ok(MembershipResponse.of(membership)).tag(ETags.of(membership.version)).build();
    }

    @PUT
    @Path("/{groupId}/members/{partnerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "groupMemberPut", summary = "Add a partner to the group, or change their role or introductory talk",
            description = "201 and membership-started when the partner joins: no If-Match is needed, there is no "
                    + "version to have read. 200 and membership-changed when their current membership changes: then "
                    + "If-Match must name the version read (GET …/members/{partnerId}), 428 without it, 412 when stale.")
    @APIResponse(responseCode = "201", description = "The partner joined; Location names the membership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "200", description = "Their current membership changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResponse.class)))
    public RestResponse<MembershipResponse> putMember(@PathParam("networkId") String networkId,
            @PathParam("groupId") UUID groupId, @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "The ETag of the membership you read; required when the partner is a member already",
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MembershipCommand request, UriInfo uriInfo) {
        MembershipService.Result result = memberships.put(networkId, groupId, partnerId, () -> IfMatch.version(ifMatch), request);
        Membership membership = result.membership();
        return (result.started()
                ? RestResponse.ResponseBuilder.<MembershipResponse>created(uriInfo.getAbsolutePath())
                : RestResponse.ResponseBuilder.<MembershipResponse>ok())
                .entity(MembershipResponse.of(membership)).tag(ETags.of(membership.version)).build();
    }

    @DELETE
    @Path("/{groupId}/members/{partnerId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "groupMemberEnd", summary = "End a partner's membership today", description = "The membership stays as history. Publishes membership-ended.")
    public void endMember(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId,
            @PathParam("partnerId") UUID partnerId) {
        memberships.end(networkId, groupId, partnerId);
    }
}
