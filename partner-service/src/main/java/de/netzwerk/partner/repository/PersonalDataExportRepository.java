package de.netzwerk.partner.repository;

import de.netzwerk.partner.PersonalDataExport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonalDataExportRepository implements PanacheRepositoryBase<PersonalDataExport, UUID> {

    /**
     * The export of this partner of the network, with its parts read in the same statement, so that the two agree;
     * empty for an export of anyone else.
     */
    public Optional<PersonalDataExport> findOfPartner(String networkId, UUID partnerId, UUID exportId) {
        return find("""
                select e from PersonalDataExport e left join fetch e.parts
                where e.id = :id and e.networkId = :network and e.partnerId = :partner""",
                Parameters.with("id", exportId).and("network", networkId).and("partner", partnerId))
                .firstResultOptional();
    }

    /** The caller's latest export of the partner requested since {@code since}, still waiting for parts. */
    public Optional<PersonalDataExport> findPendingOf(String networkId, UUID partnerId, String requestedBy,
            OffsetDateTime since) {
        return find("""
                networkId = :network and partnerId = :partner and requestedBy = :caller and requestedAt >= :since
                and completedAt is null and documentsDeletedAt is null""",
                Sort.descending("requestedAt"),
                Parameters.with("network", networkId).and("partner", partnerId).and("caller", requestedBy)
                        .and("since", since))
                .firstResultOptional();
    }

    /** Locked, so that parts of one export arriving at once are recorded one after the other. */
    public Optional<PersonalDataExport> findForPart(UUID exportId) {
        return findByIdOptional(exportId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The partner's exports whose document is still there: for the partner's erasure. */
    public List<PersonalDataExport> withDocumentOf(String networkId, UUID partnerId) {
        return list("networkId = ?1 and partnerId = ?2 and documentsDeletedAt is null", networkId, partnerId);
    }

    /**
     * Deletes the documents of up to {@code limit} exports that are due: completed before {@code completedBefore}, or
     * never completed and requested before {@code requestedBefore}. Rows another instance is deleting are skipped.
     * Answers how many documents were deleted.
     */
    public int deleteDocumentsDue(OffsetDateTime completedBefore, OffsetDateTime requestedBefore, OffsetDateTime now,
            int limit) {
        return getEntityManager().createNativeQuery("""
                with due as (
                    select id from personal_data_export
                    where documents_deleted_at is null
                      and (completed_at < :completedBefore or (completed_at is null and requested_at < :requestedBefore))
                    order by requested_at
                    limit :limit
                    for update skip locked),
                parts as (delete from personal_data_export_part where export_id in (select id from due))
                update personal_data_export set partner_part = null, documents_deleted_at = :now
                where id in (select id from due)""")
                .setParameter("completedBefore", completedBefore)
                .setParameter("requestedBefore", requestedBefore)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
