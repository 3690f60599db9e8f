package de.netzwerk.partner.repository;

import de.netzwerk.partner.Signup;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SignupRepository implements PanacheRepositoryBase<Signup, UUID> {

    public Optional<Signup> findInNetwork(String networkId, UUID signupId) {
        return find("networkId = ?1 and id = ?2", networkId, signupId).firstResultOptional();
    }

    public PanacheQuery<Signup> inNetwork(String networkId) {
        return find("networkId = ?1", Sort.by("openedAt", Sort.Direction.Descending).and("id"), networkId);
    }
}
