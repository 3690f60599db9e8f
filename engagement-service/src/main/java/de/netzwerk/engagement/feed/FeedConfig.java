package de.netzwerk.engagement.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "netzwerk.feed")
public interface FeedConfig {

    /** How long the journal keeps a published event for the change feed; a cursor older than that answers 410. */
    @WithDefault("P30D")
    Duration retention();

    /** What an empty page's {@code Retry-After} asks a follower to wait before it asks again. */
    @WithDefault("5s")
    Duration pollInterval();

    Removal removal();

    interface Removal {

        /** How often the retention job runs ({@code off} disables it, as in the tests, which run it themselves). */
        @WithDefault("10m")
        String every();

        /** Events removed per transaction: small, so the relay and the feed's readers never wait long for the job. */
        @WithDefault("1000")
        int batchSize();
    }
}
