package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.Erasure;
import de.netzwerk.engagement.PartnerKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<Erasure, UUID> {

    /** Those of the partners whose data was erased here (in any network): nothing may be kept about them. */
    public Set<PartnerKey> erasedAmong(Collection<PartnerKey> partners) {
        if (partners.isEmpty()) {
            return Set.of();
        }
        Map<String, List<PartnerKey>> byDigest = partners.stream()
                .collect(Collectors.groupingBy(partner -> Erasure.digestOf(partner.partnerId())));
        Set<PartnerKey> erased = new HashSet<>();
        find("partnerDigest in ?1", byDigest.keySet()).stream()
                .map(erasure -> byDigest.get(erasure.partnerDigest))
                .forEach(erased::addAll);
        return erased;
    }
}
