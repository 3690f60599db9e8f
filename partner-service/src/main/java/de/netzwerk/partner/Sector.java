package de.netzwerk.partner;

/** Where a partner comes from. A diverse network has many of these (seed 001). */
public enum Sector {
    MUNICIPALITY,
    ASSOCIATION,
    SOCIAL_SERVICES,
    BUSINESS,
    EDUCATION,
    POLITICS,
    SELF_ADVOCATES,
    VOLUNTEERS,
    MEDIA,
    OTHER
}
