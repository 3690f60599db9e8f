package de.netzwerk.partner;

/**
 * Why a partner's personal data was erased: a closed list and no free text, because the record of an erasure must
 * itself hold nothing about the person.
 */
public enum ErasureReason {
    /** The partner asked to be forgotten (GDPR Art. 17(1)). */
    PARTNER_REQUEST,
    /** The partner left long ago and the network no longer needs their data. */
    LEFT_LONG_AGO,
    /** The partner withdrew the consent the data was kept on. */
    CONSENT_WITHDRAWN,
    OTHER
}
