package de.netzwerk.task.security;

import de.netzwerk.task.language.RequestLanguage;
import de.netzwerk.task.language.Text;
import de.netzwerk.task.rest.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} once a caller has used up their allowance ({@link RateLimits}).
 * Requests without a valid token are not counted: they are refused with 401 anyway.
 */
public class RateLimitFilter {

    private final CurrentIdentityAssociation identities;
    private final RateLimits limits;
    private final RequestLanguage language;

    RateLimitFilter(CurrentIdentityAssociation identities, RateLimits limits, RequestLanguage language) {
        this.identities = identities;
        this.limits = limits;
        this.language = language;
    }

    @ServerRequestFilter
    public Uni<Response> limitRequestRate(UriInfo uriInfo) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return null;
            }
            return limits.take(String.valueOf(token.getIssuer()), String.valueOf(token.getSubject()))
                    .stream().mapToObj(seconds -> tooMany(seconds, uriInfo)).findFirst().orElse(null);
        });
    }

    private Response tooMany(long retryAfterSeconds, UriInfo uriInfo) {
        return Response.fromResponse(Problem.of(429, Text.of("rate.exceeded", retryAfterSeconds), null, language.locale())
                        .toResponse(uriInfo))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }
}
