package de.netzwerk.engagement;

/** Why an alert was raised; each rule's thresholds are part of the network's engagement policy. */
public enum AlertRule {
    /** Consecutive unexcused absences in one group. */
    ABSENCE_STREAK,
    /** Tasks overdue beyond the escalation threshold. */
    TASKS_OVERDUE,
    /** No attendance, RSVP or task activity for a long time while in an active group. */
    SILENCE,
    /** The score fell sharply. */
    SCORE_DROP,
    /** A key actor of a strategic goal is at risk. */
    KEY_ACTOR_AT_RISK
}
