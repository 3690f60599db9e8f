package de.netzwerk.engagement.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identities of bearer tokens whose signature and claims were verified in full, by their token, so that the next
 * request with the same token is not verified again. A browser app sends one token for minutes with every request;
 * parsing it and checking its RSA signature was about a third of the CPU time of a simple read (JFR, issue 19).
 *
 * <p>Only what the OIDC provider accepted and every augmentor (such as {@link TokenLifetime}) let through is
 * remembered, never a refusal, so no caller can fill the cache. An identity is forgotten when its token expires, and
 * at the latest {@code netzwerk.tokens.verified-cache-ttl} after it was verified: a token signed with a key the
 * issuer has since withdrawn works at most that long. {@code netzwerk.tokens.verified-cache-size} 0 turns it off.
 *
 * <p>What is kept is a copy detached from the request that verified it: the principal (the claims), roles,
 * credentials and attributes, without that request's HTTP context and blocking context, and without permission
 * checkers (nothing here checks permissions; Quarkus' own copy would delegate to the original identity, so that each
 * request's identity held the previous one and every request ever served stayed in memory).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Marks an identity answered from here, so that it is not remembered again. */
    static final String REMEMBERED = "netzwerk.verified-token.remembered";
    /** The attributes that belong to one request; Quarkus names them by their type. */
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName(), REMEMBERED);

    private final Cache<String, Remembered> identities;
    private final Duration ttl;
    private final Clock clock;

    VerifiedTokens(@ConfigProperty(name = "netzwerk.tokens.verified-cache-size", defaultValue = "1000") long size,
            @ConfigProperty(name = "netzwerk.tokens.verified-cache-ttl", defaultValue = "PT5M") Duration ttl,
            Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        this.identities = Caffeine.newBuilder().maximumSize(size).expireAfter(new UntilForgotten()).build();
    }

    /**
     * The identity verified for this token, with this request's attributes, unless it was never verified here or is
     * forgotten.
     */
    public Optional<SecurityIdentity> recall(String token, Map<String, Object> requestAttributes) {
        Remembered remembered = identities.getIfPresent(token);
        if (remembered == null || !clock.instant().isBefore(remembered.forgetAt())) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder builder = detached(remembered.identity()).addAttribute(REMEMBERED, true);
        requestAttributes.forEach(builder::addAttribute);
        return Optional.of(builder.build());
    }

    /** Remembers a verified identity; one without a token expiry, or answered from here, is not remembered. */
    public void remember(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0
                || identity.getAttribute(REMEMBERED) != null) {
            return;
        }
        Instant now = clock.instant();
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant forgetAt = expires.isBefore(now.plus(ttl)) ? expires : now.plus(ttl);
        if (forgetAt.isAfter(now)) {
            identities.put(token, new Remembered(detached(identity).build(), forgetAt));
        }
    }

    private static QuarkusSecurityIdentity.Builder detached(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(identity.isAnonymous())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (value != null && !PER_REQUEST.contains(name)) {
                builder.addAttribute(name, value);
            }
        });
        return builder;
    }

    private record Remembered(SecurityIdentity identity, Instant forgetAt) {
    }

    /** Each entry lives until its own moment; {@link #recall} checks the moment too, by the service's clock. */
    private final class UntilForgotten implements Expiry<String, Remembered> {

        @Override
        public long expireAfterCreate(String token, Remembered remembered, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), remembered.forgetAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Remembered remembered, long currentTime, long currentDuration) {
            return expireAfterCreate(token, remembered, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Remembered remembered, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
