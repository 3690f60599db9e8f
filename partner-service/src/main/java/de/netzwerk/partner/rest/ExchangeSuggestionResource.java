package de.netzwerk.partner.rest;

import de.netzwerk.partner.rest.dto.ExchangeSuggestionResponse;
import de.netzwerk.partner.paging.Page;
import de.netzwerk.partner.paging.PageRequest;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ExchangeSuggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/networks/{networkId}/exchange/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resource exchange")
public class ExchangeSuggestionResource {

    private final ExchangeSuggestions suggestions;

    ExchangeSuggestionResource(ExchangeSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "exchangeSuggestionList", summary = "Offers and needs that could meet, best first, with the reasons",
            description = "Among open entries of two different partners whose kinds fit (the same, or either OTHER) and "
                    + "that are not matched yet. Ranked by tags both carry, tags one names in the other's description, "
                    + "words both descriptions use, and the same kind; each with its reasons in words.")
    public Page<ExchangeSuggestionResponse> suggest(@PathParam("networkId") String networkId,
            @Parameter(description = "Only pairs with this partner on either side") @QueryParam("partnerId") UUID partnerId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(suggestions.suggest(networkId, partnerId).stream().map(ExchangeSuggestionResponse::of).toList(), page);
    }
}
