package de.netzwerk.partner.repository;

import de.netzwerk.partner.Erasure;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<Erasure, UUID> {

    public Optional<Erasure> findOfPartner(String networkId, UUID partnerId) {
        return find("networkId = ?1 and partnerId = ?2", networkId, partnerId).firstResultOptional();
    }

    /** Locked, so that two confirmations of one erasure arriving at once are recorded one after the other. */
    public Optional<Erasure> findForConfirmation(UUID erasureId) {
        return findByIdOptional(erasureId, LockModeType.PESSIMISTIC_WRITE);
    }
}
