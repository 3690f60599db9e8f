package de.netzwerk.partner;

/**
 * How a contact happened; each channel belongs to one level of network care. This is the one vocabulary of
 * contacts: engagement-service's alert follow-up uses the relationship-level channels (partner-contacted.v1).
 */
public enum ContactChannel {
    NEWSLETTER(ContactLevel.CONTENT),
    INFO_MAIL(ContactLevel.CONTENT),
    EVENT(ContactLevel.CONTENT),
    CALL(ContactLevel.RELATIONSHIP),
    PERSONAL_MEETING(ContactLevel.RELATIONSHIP),
    NETWORK_EVENT(ContactLevel.RELATIONSHIP),
    VIDEO_CALL(ContactLevel.RELATIONSHIP),
    /** A personal letter by e-mail, as opposed to an INFO_MAIL to many. */
    PERSONAL_MAIL(ContactLevel.RELATIONSHIP),
    LETTER(ContactLevel.RELATIONSHIP),
    OTHER(ContactLevel.RELATIONSHIP);

    private final ContactLevel level;

    ContactChannel(ContactLevel level) {
        this.level = level;
    }

    public ContactLevel level() {
        return level;
    }
}
