package de.netzwerk.engagement;

/**
 * Why a partner drifted away, as the follow-up found out. Seed 000 asks first whether it is personal or about
 * how the network works: those two lead.
 */
public enum FollowUpCause {
    PERSONAL_REASONS,
    DISSATISFIED_WITH_NETWORK,
    WORKLOAD,
    NO_LONGER_RELEVANT,
    OTHER
}
