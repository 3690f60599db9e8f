package de.netzwerk.partner.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** The erasure of a partner's personal data across the services (issue 14, item 2). */
@ConfigMapping(prefix = "netzwerk.erasure")
public interface ErasureConfig {

    /** The services that must confirm an erasure before it is complete, this one included. */
    List<String> services();
}
