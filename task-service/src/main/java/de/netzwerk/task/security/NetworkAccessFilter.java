package de.netzwerk.task.security;

import de.netzwerk.task.language.RequestLanguage;
import de.netzwerk.task.rest.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets a request reach a resource under {@code /networks/{networkId}} only if the token names that network.
 *
 * <p>Any other network is answered with the same 404 as a network that does not exist, so a caller cannot
 * learn which networks exist. Requests without a valid token pass through here and are refused with 401 by
 * the security checks.
 */
public class NetworkAccessFilter {

    static final String NETWORK_PARAMETER = "networkId";

    private final CurrentIdentityAssociation identities;
    private final RequestLanguage language;

    NetworkAccessFilter(CurrentIdentityAssociation identities, RequestLanguage language) {
        this.identities = identities;
        this.language = language;
    }

    @ServerRequestFilter
    public Uni<Response> requireNetworkInToken(UriInfo uriInfo) {
        String networkId = uriInfo.getPathParameters().getFirst(NETWORK_PARAMETER);
        if (networkId == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || TokenClaims.networks(identity.getPrincipal()).contains(networkId)) {
                return null;
            }
            return Problem.notFound("network", networkId, language.locale()).toResponse(uriInfo);
        });
    }
}
