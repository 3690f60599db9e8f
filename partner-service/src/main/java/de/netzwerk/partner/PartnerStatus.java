package de.netzwerk.partner;

public enum PartnerStatus {
    /** Someone the network would like to win. */
    PROSPECT,
    ACTIVE,
    /** Taking a break, e.g. parental leave; still a partner. */
    PAUSED,
    /** Has left the network; kept for its history. */
    LEFT,
    /**
     * Their personal data was erased (GDPR Art. 17): only the id remains, so that it is never given out again. Listed
     * nowhere; reading them answers 410 Gone.
     */
    ERASED
}
