package de.netzwerk.engagement;

/**
 * Why engagement-service itself, not a coordinator, closed an alert. Such an alert is kept in the history with
 * status DISMISSED (the status a consumer already knows for "closed without a conversation"), no cause and this
 * reason: it is no finding about the partner, so it never counts among the causes a coordinator found.
 */
public enum ClosingReason {
    /**
     * Re-assessed, the rule no longer held (the partner came back, the task was done, the score recovered, or history
     * entered late shows they were there) while nobody had started to follow the alert up.
     */
    CONDITION_ENDED
}
