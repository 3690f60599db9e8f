package de.netzwerk.engagement.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The system clock, replaceable in tests: time-dependent rules must never read the clock directly. It ticks in
 * microseconds, the precision PostgreSQL keeps, so a time answered at once reads the same when read back later.
 */
@Singleton
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
