package de.netzwerk.meeting.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "netzwerk.outbox")
public interface OutboxConfig {

    /** Events published per round of the relay. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long the relay sleeps when no commit woke it. Commits wake it at once (PostgreSQL NOTIFY); the
     * poll only covers a lost listening connection and events left by another instance.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long to wait for the broker to acknowledge a batch. While it is unreachable the producer keeps the
     * records and retries them in order; after this time the relay starts over, and consumers skip the
     * duplicates by ce_id. No database transaction is open meanwhile.
     */
    @WithDefault("5m")
    Duration acknowledgementTimeout();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();
}
