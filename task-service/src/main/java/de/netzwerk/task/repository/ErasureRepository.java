package de.netzwerk.task.repository;

import de.netzwerk.task.Erasure;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<Erasure, UUID> {

    /** The first erasure of the partner, if their data was erased here. */
    public Optional<Erasure> firstOf(UUID partnerId) {
        return find("partnerDigest = ?1 order by completedAt", Erasure.digestOf(partnerId)).firstResultOptional();
    }

    public boolean isErased(UUID partnerId) {
        return count("partnerDigest", Erasure.digestOf(partnerId)) > 0;
    }
}
