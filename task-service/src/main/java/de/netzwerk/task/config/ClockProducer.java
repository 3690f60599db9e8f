package de.netzwerk.task.config;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The system clock, replaceable in tests: time-dependent rules must never read the clock directly. */
@Singleton
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
