package de.netzwerk.engagement.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One rate limiter per caller (the token's issuer and subject), so that one integration looping on the API
 * cannot slow down everyone else. Callers unseen for a while are forgotten.
 */
@ApplicationScoped
public class RateLimits {

    /** The limits: {@code netzwerk.rate-limit.requests} per {@code period}, a caller's own under {@code callers."<subject>"}. */
    @ConfigMapping(prefix = "netzwerk.rate-limit")
    public interface Config {

        @WithDefault("true")
        boolean enabled();

        Limit defaults();

        /** Limits of particular callers by token subject, e.g. a municipal system that syncs nightly. */
        Map<String, Limit> callers();

        interface Limit {
            @WithDefault("30")
            int requests();

            @WithDefault("PT1S")
            Duration period();
        }
    }

    private final Config config;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(15))
            .maximumSize(100_000)
            .build();

    RateLimits(Config config) {
        this.config = config;
    }

    /**
     * Takes one request from the caller's allowance.
     *
     * @return empty when the request may go on; otherwise how long the caller should wait, in seconds
     */
    public OptionalLong take(String issuer, String subject) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        RateLimiter limiter = limiters.get(issuer + " " + subject, key -> RateLimiter.of(key, limitOf(subject)));
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(secondsUntilRefill(limiter));
    }

    /** Rounded up, at least one: {@code Retry-After} counts whole seconds. */
    private static long secondsUntilRefill(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private RateLimiterConfig limitOf(String subject) {
        Config.Limit limit = Optional.ofNullable(config.callers().get(subject)).orElse(config.defaults());
        return RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
