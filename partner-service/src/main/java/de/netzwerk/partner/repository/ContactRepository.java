package de.netzwerk.partner.repository;

import de.netzwerk.partner.ContactEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<ContactEntry, UUID> {

    public boolean followUpContactRecorded(UUID alertId, OffsetDateTime contactedAt) {
        return count("alertId = ?1 and contactedAt = ?2", alertId, contactedAt) > 0;
    }

    /** A partner's contact log, the latest first. */
    public PanacheQuery<ContactEntry> ofPartner(UUID partnerId) {
        return find("partnerId = ?1", Sort.descending("contactedOn").and("recordedAt", Sort.Direction.Descending), partnerId);
    }
}
