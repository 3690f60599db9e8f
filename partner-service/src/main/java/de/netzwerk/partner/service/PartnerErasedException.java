package de.netzwerk.partner.service;

import java.util.UUID;

/** The partner's personal data was erased: only their tombstone remains, which is neither read nor changed (410 Gone). */
public class PartnerErasedException extends RuntimeException {

    private final UUID partnerId;

    public PartnerErasedException(UUID partnerId) {
        super("The personal data of partner " + partnerId + " was erased.");
        this.partnerId = partnerId;
    }

    public UUID partnerId() {
        return partnerId;
    }
}
