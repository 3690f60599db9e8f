package de.netzwerk.partner;

/** How a contact happened; each channel belongs to one level of network care. */
public enum ContactChannel {
    NEWSLETTER(ContactLevel.CONTENT),
    INFO_MAIL(ContactLevel.CONTENT),
    EVENT(ContactLevel.CONTENT),
    CALL(ContactLevel.RELATIONSHIP),
    PERSONAL_MEETING(ContactLevel.RELATIONSHIP),
    NETWORK_EVENT(ContactLevel.RELATIONSHIP);

    private final ContactLevel level;

    ContactChannel(ContactLevel level) {
        this.level = level;
    }

    public ContactLevel level() {
        return level;
    }
}
