package de.netzwerk.engagement.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses tokens that a careful issuer never hands out, although their signature is valid: without an expiry,
 * issued in the future (beyond a small clock skew), or meant to live longer than the configured maximum. A
 * leaked long-lived token would otherwise grant access for years.
 */
@ApplicationScoped
public class TokenLifetime implements SecurityIdentityAugmentor {

    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final Clock clock;

    TokenLifetime(@ConfigProperty(name = "netzwerk.tokens.max-lifetime", defaultValue = "PT12H") Duration maxLifetime,
            @ConfigProperty(name = "netzwerk.tokens.clock-skew", defaultValue = "PT1M") Duration clockSkew,
            Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Optional<String> problem = problem(token);
            if (problem.isPresent()) {
                return Uni.createFrom().failure(new AuthenticationFailedException(problem.get()));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private Optional<String> problem(JsonWebToken token) {
        Optional<Instant> issuedAt = instant(token, Claims.iat);
        Optional<Instant> expiresAt = instant(token, Claims.exp);
        if (issuedAt.isEmpty() || expiresAt.isEmpty()) {
            return Optional.of("the token must say when it was issued and when it expires");
        }
        if (issuedAt.get().isAfter(clock.instant().plus(clockSkew))) {
            return Optional.of("the token was issued in the future");
        }
        if (Duration.between(issuedAt.get(), expiresAt.get()).compareTo(maxLifetime) > 0) {
            return Optional.of("the token lives longer than " + maxLifetime);
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(JsonWebToken token, Claims claim) {
        Object value = token.getClaim(claim.name());
        if (value instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        if (value instanceof jakarta.json.JsonNumber seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
