package de.netzwerk.partner.repository;

import de.netzwerk.partner.Erasure;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<Erasure, UUID> {

    public Optional<Erasure> findOfPartner(String networkId, UUID partnerId) {
        return find("networkId = ?1 and partnerId = ?2", networkId, partnerId).firstResultOptional();
    }

    /**
     * Locked, so that two confirmations of one erasure arriving at once are recorded one after the other. The row is
     * locked first and the erasure read after: a locking read that fetches the confirmations in the same statement
     * sees them as they were before it waited for the lock, and writing that stale list back would drop the
     * confirmation the other transaction just recorded.
     */
    public Optional<Erasure> findForConfirmation(UUID erasureId) {
        List<?> locked = getEntityManager()
                .createNativeQuery("select id from partner_erasure where id = ?1 for no key update")
                .setParameter(1, erasureId)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(erasureId);
    }
}
