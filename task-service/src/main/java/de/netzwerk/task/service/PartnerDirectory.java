package de.netzwerk.task.service;

import de.netzwerk.task.Partner;
import de.netzwerk.task.repository.PartnerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Who may own a task, as far as task-service knows from partner-events. */
@ApplicationScoped
public class PartnerDirectory {

    private final PartnerRepository partners;

    PartnerDirectory(PartnerRepository partners) {
        this.partners = partners;
    }

    /**
     * Refuses an owner who is not a partner of this network (a partner of another network is answered exactly
     * like an unknown id, so nothing about other networks leaks) or who has left it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Partner requireAssignable(String networkId, UUID partnerId) {
        Partner partner = partners.findById(partnerId);
        if (partner == null || !partner.networkId.equals(networkId)) {
            throw new InvalidFieldException("assigneeId", "is not a partner of this network");
        }
        if (Partner.LEFT.equals(partner.status)) {
            throw new InvalidFieldException("assigneeId", "has left the network");
        }
        return partner;
    }
}
