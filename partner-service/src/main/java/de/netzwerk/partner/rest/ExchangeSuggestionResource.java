package de.netzwerk.partner.rest;

import de.netzwerk.partner.rest.dto.ExchangeSuggestionResponse;
import de.netzwerk.partner.security.Roles;
import de.netzwerk.partner.service.ExchangeSuggestions;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
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
    @Operation(summary = "Offers and needs that could meet, best first, with the reasons",
            description = "Among open entries of two different partners whose kinds fit (the same, or either OTHER) and "
                    + "that are not matched yet. Ranked by tags both carry, tags one names in the other's description, "
                    + "words both descriptions use, and the same kind; each with its reasons in words.")
    public List<ExchangeSuggestionResponse> suggest(@PathParam("networkId") String networkId,
            @Parameter(description = "Only pairs with this partner on either side") @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "How many, at most 100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return suggestions.suggest(networkId, partnerId, limit).stream().map(ExchangeSuggestionResponse::of).toList();
    }
}
