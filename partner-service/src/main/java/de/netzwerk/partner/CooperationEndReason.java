package de.netzwerk.partner;

/** Why a cooperation ended early: a closed list, so that coordinators can count them; details go in the note. */
public enum CooperationEndReason {
    /** Achieved what it was for before the end of its period. */
    PURPOSE_ACHIEVED,
    /** A party withdrew. */
    PARTY_WITHDREW,
    /** Time, money, rooms or people were lacking. */
    RESOURCES_LACKING,
    /** The parties could not agree on how to go on. */
    DISAGREEMENT,
    /** The purpose no longer matters, e.g. a changed strategy. */
    NO_LONGER_NEEDED,
    /** Continued in another cooperation. */
    MERGED_INTO_ANOTHER,
    OTHER
}
