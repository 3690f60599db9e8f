package de.netzwerk.engagement;

/** Why an alert was raised; each rule's thresholds are part of the network's engagement policy. */
public enum AlertRule {
    /** Consecutive unexcused absences in one group. */
    ABSENCE_STREAK("Call them and ask how they are and whether something about the group keeps them away.", true),
    /** Tasks overdue beyond the escalation threshold. */
    TASKS_OVERDUE("Ask whether the task still fits them, whether they need help, or whether to hand it on.", true),
    /**
     * No attendance, RSVP or task activity for a long time while in an active group. Its evidence is the last sign
     * of life known now, so it is replaced, not added to: history entered late may reveal a later one.
     */
    SILENCE("Get in touch personally: ask whether the network still gives them what they hoped for.", false),
    /** The score fell sharply. */
    SCORE_DROP("Look at what changed recently and ask them about it in a personal conversation.", true),
    /** A key actor of a strategic goal is at risk. */
    KEY_ACTOR_AT_RISK("The goal depends on them: the person responsible for the relationship should call soon.", true),
    /**
     * A working group is dying: most of its members are at risk, or its last meetings fell below quorum. The alert
     * is about the group, not a partner; its evidence is the meetings below quorum, or the group itself.
     */
    GROUP_DYING("Meet its most committed members and ask whether the group's purpose, meeting time or form still fit.",
            true);

    private final String suggestedNextStep;
    private final boolean evidenceAccumulates;

    AlertRule(String suggestedNextStep, boolean evidenceAccumulates) {
        this.suggestedNextStep = suggestedNextStep;
        this.evidenceAccumulates = evidenceAccumulates;
    }

    /** Whether new evidence joins an open alert's evidence (true) or stands in for it (false). */
    public boolean evidenceAccumulates() {
        return evidenceAccumulates;
    }

    /** What a coordinator might do next (seed 000: find out whether it is personal or about the network). */
    public String suggestedNextStep() {
        return suggestedNextStep;
    }
}
