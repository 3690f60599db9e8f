package de.netzwerk.partner.service;

import de.netzwerk.partner.repository.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Removes, irreversibly, the email and phone of partners who left the network, one batch per transaction. Nothing
 * is published: no event ever carried contact data (DESIGN: events carry no emails or phones), so there is nothing
 * for other services to forget.
 */
@ApplicationScoped
@Transactional
public class LeftPartnersContactData {

    private final PartnerRepository partners;
    private final Clock clock;

    LeftPartnersContactData(PartnerRepository partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    /** One batch of partners who left before {@code leftBefore}; fewer than {@code size} removed means none are left. */
    public int removeBatch(OffsetDateTime leftBefore, int size) {
        return partners.removeContactDataOfLeftBefore(leftBefore, OffsetDateTime.now(clock), size);
    }
}
