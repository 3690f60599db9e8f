package de.netzwerk.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The export of a partner's personal data across the services (issue 14, item 1). */
@ConfigMapping(prefix = "netzwerk.personal-data-export")
public interface PersonalDataExportConfig {

    /** How long after the request the other services' parts may take; later the export is INCOMPLETE. */
    @WithDefault("PT10M")
    Duration partsExpectedWithin();

    /** A caller asking again within this time while their export is pending gets that export, not a new one. */
    @WithDefault("PT1M")
    Duration joinPendingWithin();

    /** How long a finished export's document is kept (it holds personal data), from completion or from when it was due. */
    @WithDefault("P1D")
    Duration retention();

    Removal removal();

    interface Removal {

        /** How often expired documents are deleted ({@code off} disables it, as in the tests, which run it themselves). */
        @WithDefault("15m")
        String every();
    }

    TopicCleaning topicCleaning();

    interface TopicCleaning {

        /**
         * How often the parts partner-service has read are deleted from personal-data-exports ({@code off} disables
         * it, as in the tests, which run it themselves).
         */
        @WithDefault("15s")
        String every();
    }
}
