package de.netzwerk.meeting.position;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "netzwerk.positions")
public interface PositionConfig {

    /**
     * How long a request with {@code Netzwerk-Read-After} waits for this service's consumers to reach the position
     * before it is answered 409 ({@code position.not-reached}). A waiting request holds a worker thread: keep it short.
     */
    @WithDefault("5s")
    Duration maxWait();

    /**
     * How long a write with {@code Prefer: position} waits, after its commit, for its events to be published; if they
     * are not by then (the broker away), it is answered without {@code Netzwerk-Position}.
     */
    @WithDefault("3s")
    Duration publishWait();

    /** How often a waiting request looks again. */
    @WithDefault("20ms")
    Duration pollInterval();
}
