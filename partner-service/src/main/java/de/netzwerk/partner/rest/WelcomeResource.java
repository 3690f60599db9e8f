package de.netzwerk.partner.rest;

import de.netzwerk.partner.Membership;
import de.netzwerk.partner.rest.dto.MembershipResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.rest.dto.WelcomeResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.TokenClaims;
import de.netzwerk.partner.service.WelcomeList;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/networks/{networkId}/groups/{groupId}/to-welcome")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groups")
public class WelcomeResource {

    private final WelcomeList welcome;
    private final SecurityIdentity caller;

    WelcomeResource(WelcomeList welcome, SecurityIdentity caller) {
        this.welcome = welcome;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "groupToWelcome", summary = "Whom the group still has to welcome",
            description = "Its current members without the introductory talk (seed 003), longest waiting first, with "
                    + "email and phone if they consented to be contacted and the sign-up they came through. For the "
                    + "coordinators and the group's patrons; other members 403. The talk is recorded with POST "
                    + "…/to-welcome/{partnerId}/introductory-talk, which takes them off the list.")
    public Page<WelcomeResponse> toWelcome(@PathParam("networkId") String networkId, @PathParam("groupId") UUID groupId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(welcome.of(networkId, groupId, reader()).stream().map(WelcomeResponse::of).toList(), page);
    }

    @POST
    @Path("/{partnerId}/introductory-talk")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(operationId = "groupRecordIntroductoryTalk", summary = "Record that a member had their introductory talk",
            description = "By the group's patrons, who hold the talk (seed 003), or a coordinator; other members 403. "
                    + "Takes the member off the list and publishes membership-changed; recording it again changes nothing.")
    public RestResponse<MembershipResponse> recordIntroductoryTalk(@PathParam("networkId") String networkId,
            @PathParam("groupId") UUID groupId, @PathParam("partnerId") UUID partnerId) {
        Membership membership = welcome.recordIntroductoryTalk(networkId, groupId, partnerId, reader());
        return RestResponse.ResponseBuilder.ok(MembershipResponse.of(membership)).tag(ETags.of(membership.version)).build();
    }

    private Optional<UUID> reader() {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return Optional.empty();
        }
        String partnerId = TokenClaims.partnerId(caller.getPrincipal())
                .orElseThrow(() -> new ForbiddenException("A member's token names their partner"));
        try {
            return Optional.of(UUID.fromString(partnerId));
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("A member's token names their partner");
        }
    }
}
