package de.netzwerk.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** What happens to the contact data of partners who left the network. */
@ConfigMapping(prefix = "netzwerk.partners")
public interface LeftPartnersConfig {

    /**
     * How long after leaving a partner's email and phone are kept, unless they consented to stay listed: time for
     * the coordinators to settle what is open. ISO-8601, e.g. P30D or P3M.
     */
    @WithDefault("P30D")
    Period leftContactRetention();

    LeftContactRemoval leftContactRemoval();

    interface LeftContactRemoval {

        /** How often the removal runs ({@code off} disables it, as in the tests, which run it themselves). */
        @WithDefault("1h")
        String every();

        /** Partners emptied per transaction. */
        @WithDefault("100")
        int batchSize();
    }
}
