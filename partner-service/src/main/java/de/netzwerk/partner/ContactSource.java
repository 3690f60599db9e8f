package de.netzwerk.partner;

/** Where an entry of the contact log comes from. */
public enum ContactSource {
    /** Entered in the contact log by a coordinator. */
    CONTACT_LOG,
    /** Recorded by a coordinator in the follow-up of a disengagement alert (engagement-service's partner-contacted). */
    ALERT_FOLLOW_UP
}
