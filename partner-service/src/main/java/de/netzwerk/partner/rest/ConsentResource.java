package de.netzwerk.partner.rest;

import de.netzwerk.partner.rest.dto.ConsentRecordResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.security.TokenClaims;
import de.netzwerk.partner.service.ConsentService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/partners/{partnerId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Organisations and people in the network: what they bring and what they want")
public class ConsentResource {

    private final ConsentService consents;
    private final SecurityIdentity caller;

    ConsentResource(ConsentService consents, SecurityIdentity caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER })
    @Operation(summary = "The history of the partner's consents, the latest first",
            description = "Every answer to each consent (CONTACT, LISTING, STAY_LISTED) since registration: given or "
                    + "withdrawn, when and by whom. The partner's profile shows the current answers; they are changed "
                    + "there. Members read only their own.")
    public Page<ConsentRecordResponse> history(@PathParam("networkId") String networkId,
            @PathParam("partnerId") UUID partnerId, @Valid @BeanParam PageRequest page) {
        if (!caller.hasRole(Roles.COORDINATOR)
                && TokenClaims.partnerId(caller.getPrincipal()).filter(partnerId.toString()::equals).isEmpty()) {
            throw new ForbiddenException();
        }
        ConsentService.ConsentPage found = consents.history(networkId, partnerId, page.toPanache());
        return Page.of(found.records().stream().map(ConsentRecordResponse::of).toList(), page, found.total());
    }
}
