package de.netzwerk.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a cooperation needs a coordinator's attention. */
@ConfigMapping(prefix = "netzwerk.cooperations")
public interface CooperationConfig {

    /**
     * How many days ahead an active cooperation's end shows as "ending soon", and for how many days after its end an
     * ended one without a follow-up shows as "ended without a follow-up".
     */
    @WithDefault("30")
    int attentionDays();
}
