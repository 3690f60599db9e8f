package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A partner taking part in a cooperation, and what they contribute in their own words. */
@Embeddable
public class CooperationParty {

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    public String contribution;

    public static CooperationParty of(String networkId, UUID partnerId, String contribution) {
        CooperationParty party = new CooperationParty();
        party.networkId = networkId;
        party.partnerId = partnerId;
        party.contribution = contribution;
        return party;
    }
}
