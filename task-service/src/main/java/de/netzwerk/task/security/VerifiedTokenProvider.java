package de.netzwerk.task.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * Asked before the OIDC provider: answers a bearer token verified before with its identity ({@link VerifiedTokens}),
 * and nothing otherwise, so that the OIDC provider verifies it. The identity's per-request attributes — the HTTP
 * request and the context for blocking work — are this request's, not those of the request that verified it.
 * The augmentors run on the answer as on a fresh identity.
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Providers are asked in descending priority; the OIDC provider has the default, 1001. */
    private static final int BEFORE_THE_OIDC_PROVIDER = 2000;

    private final VerifiedTokens verified;

    VerifiedTokenProvider(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return BEFORE_THE_OIDC_PROVIDER;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Map<String, Object> thisRequest = new HashMap<>();
        thisRequest.put(AuthenticationRequestContext.class.getName(), context);
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http != null) {
            thisRequest.put(RoutingContext.class.getName(), http);
        }
        return Uni.createFrom().item(verified.recall(request.getToken().getToken(), thisRequest).orElse(null));
    }
}
