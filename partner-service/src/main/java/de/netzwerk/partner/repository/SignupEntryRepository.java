package de.netzwerk.partner.repository;

import de.netzwerk.partner.SignupEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SignupEntryRepository implements PanacheRepositoryBase<SignupEntry, UUID> {

    public List<SignupEntry> ofSignup(UUID signupId) {
        return list("signupId = ?1", Sort.by("enteredAt").and("id"), signupId);
    }

    public List<SignupEntry> ofPartner(String networkId, UUID partnerId) {
        return list("networkId = ?1 and partnerId = ?2", Sort.by("enteredAt").and("id"), networkId, partnerId);
    }
}
