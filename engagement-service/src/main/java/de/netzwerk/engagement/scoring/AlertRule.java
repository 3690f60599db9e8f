package de.netzwerk.engagement.scoring;

/**
 * Why an alert was raised; each rule's thresholds are part of the network's engagement policy. What a coordinator
 * might do next about it (seed 000: find out whether it is personal or about the network) is in the bundle
 * {@code messages}, under {@link de.netzwerk.engagement.alerting.CaseText#stepCode(AlertRule)}.
 */
public enum AlertRule {
    /** Consecutive unexcused absences in one group. */
    ABSENCE_STREAK(true),
    /** Tasks overdue beyond the escalation threshold. */
    TASKS_OVERDUE(true),
    /**
     * No attendance, RSVP or task activity for a long time while in an active group. Its evidence is the last sign
     * of life known now, so it is replaced, not added to: history entered late may reveal a later one.
     */
    SILENCE(false),
    /** The score fell sharply. */
    SCORE_DROP(true),
    /** A key actor of a strategic goal is at risk. */
    KEY_ACTOR_AT_RISK(true),
    /**
     * A working group is dying: most of its members are at risk, or its last meetings fell below quorum. The alert
     * is about the group, not a partner; its evidence is the meetings below quorum, or the group itself.
     */
    GROUP_DYING(true);

    private final boolean evidenceAccumulates;

    AlertRule(boolean evidenceAccumulates) {
        this.evidenceAccumulates = evidenceAccumulates;
    }

    /** Whether new evidence joins an open alert's evidence (true) or stands in for it (false). */
    public boolean evidenceAccumulates() {
        return evidenceAccumulates;
    }
}
