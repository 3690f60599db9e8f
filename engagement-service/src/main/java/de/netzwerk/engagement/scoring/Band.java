package de.netzwerk.engagement.scoring;

/** Where a score stands, by the policy's band limits. */
public enum Band {
    ENGAGED,
    WATCH,
    AT_RISK
}
