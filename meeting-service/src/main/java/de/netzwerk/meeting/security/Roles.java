package de.netzwerk.meeting.security;

/** The roles a bearer token can carry in its {@code groups} claim. */
public final class Roles {

    /** Everything in their networks. */
    public static final String COORDINATOR = "coordinator";
    /** Their own profile, tasks, RSVPs, minutes acknowledgements and engagement view. */
    public static final String MEMBER = "member";
    /** Municipal systems: read, and the writes they are granted. */
    public static final String INTEGRATION = "integration";
    /** Creates networks; sees no personal data. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
