package de.netzwerk.partner;

/** The eight kinds of strategic goal of seed 002. */
public enum GoalCategory {
    JOINT_PROJECTS,
    PROFESSIONAL_EXCHANGE,
    EXPERTISE,
    TARGET_GROUPS,
    FUNDING,
    MEDIA_ACCESS,
    DECISION_MAKERS,
    PUBLIC_ATTENTION
}
