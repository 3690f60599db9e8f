package de.netzwerk.partner;

/** What a partner consents to. */
public enum ConsentPurpose {
    /** The network may contact them. */
    CONTACT,
    /** Other members may see them in the directory. */
    LISTING,
    /** The network may keep them in its directory, email and phone included, after they left. */
    STAY_LISTED
}
