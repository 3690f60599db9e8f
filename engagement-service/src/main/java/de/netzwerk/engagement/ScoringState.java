package de.netzwerk.engagement;

/** Whether a partner is scored, as the engagement views show it next to the score. */
public enum ScoringState {
    /** Scored as usual. */
    ACTIVE,
    /** The partner objected to scoring (Art. 21) and a coordinator has not reviewed it yet: no score meanwhile. */
    OBJECTED,
    /** The partner's objection was upheld: they are not scored, and their score was deleted. */
    OBJECTION_UPHELD;

    public static ScoringState of(ObjectionStatus standing) {
        return standing == null ? ACTIVE : standing == ObjectionStatus.UPHELD ? OBJECTION_UPHELD : OBJECTED;
    }
}
