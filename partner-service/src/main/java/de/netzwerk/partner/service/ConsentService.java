package de.netzwerk.partner.service;

import de.netzwerk.partner.Consent;
import de.netzwerk.partner.ConsentPurpose;
import de.netzwerk.partner.ConsentRecord;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.repository.ConsentRepository;
import de.netzwerk.partner.repository.PartnerRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The history of a partner's consents: every answer, when and by whom it was recorded. */
@ApplicationScoped
@Transactional
public class ConsentService {

    private final ConsentRepository consents;
    private final PartnerRepository partners;

    ConsentService(ConsentRepository consents, PartnerRepository partners) {
        this.consents = consents;
        this.partners = partners;
    }

    /** Adds {@code consent}, just given by or for {@code partner}, to their history. */
    void record(Partner partner, ConsentPurpose purpose, Consent consent) {
        consents.persist(ConsentRecord.of(partner, purpose, consent));
    }

    public ConsentPage history(String networkId, UUID partnerId, Page page) {
        partners.findInNetwork(networkId, partnerId).orElseThrow(() -> new ResourceNotFoundException("partner", partnerId));
        PanacheQuery<ConsentRecord> query = consents.ofPartner(networkId, partnerId).page(page);
        return new ConsentPage(query.list(), query.count());
    }

    public record ConsentPage(List<ConsentRecord> records, long total) {
    }
}
