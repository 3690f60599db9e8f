package de.netzwerk.meeting;

/** The kinds of meeting a network holds (seed 000). */
public enum MeetingFormat {
    /** Arbeitstreffen of a working group. */
    WORKING_MEETING,
    /** Steuerungsrunde. */
    STEERING_MEETING,
    FORUM,
    /** Zukunftswerkstatt. */
    FUTURE_WORKSHOP,
    /** Netzwerkveranstaltung, open to the whole network. */
    NETWORK_EVENT
}
