package de.netzwerk.engagement;

/** Why a partner pauses; none of these counts against them. */
public enum PauseReason {
    PARENTAL_LEAVE,
    ILLNESS,
    SABBATICAL,
    OTHER
}
