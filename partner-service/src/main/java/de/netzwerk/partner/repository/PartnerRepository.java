package de.netzwerk.partner.repository;

import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** What a search asks for; null fields do not filter. */
    /**
     * The directory's filters, each null when not given. {@code ids} names partners to look up in one call (an app
     * naming the partners of an alert list); {@code updatedSince} serves clients that poll for changes.
     */
    public record Search(String name, Sector sector, String expertise, PartnerStatus status, Set<UUID> ids,
            OffsetDateTime updatedSince, boolean listedOnly) {
    }

    /** A partner of the network; an erased one is no partner any more and not found, as if the id were unknown. */
    public Optional<Partner> findInNetwork(String networkId, UUID partnerId) {
        return find("networkId = :network and id = :id and status <> :erased",
                Parameters.with("network", networkId).and("id", partnerId).and("erased", PartnerStatus.ERASED))
                .firstResultOptional();
    }

    /** The partner of the network, erased ones (their tombstone) included, locked until the transaction ends. */
    public Optional<Partner> findForErasure(String networkId, UUID partnerId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", partnerId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The partner of the network, erased ones (their tombstone) included: to tell "erased" from "unknown". */
    public Optional<Partner> findEvenErased(String networkId, UUID partnerId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", partnerId))
                .firstResultOptional();
    }

    /**
     * Holds, until the transaction ends, the lock on one email address of the network, so that two requests naming
     * the same new address one after the other find the partner the first registered instead of registering another.
     */
    public void lockEmailUntilCommit(String networkId, String email) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "partner-email/" + networkId + "/" + email.strip().toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

    /** The partner of the network with this key of the network's own system; erased partners have none. */
    public Optional<Partner> findByExternalId(String networkId, String externalId) {
        return find("networkId = :network and externalId = :externalId",
                Parameters.with("network", networkId).and("externalId", externalId)).firstResultOptional();
    }

    /**
     * Every partner of the network but the erased, with their expertise, in one query: an import compares a whole
     * file with them, an export writes them all.
     */
    public List<Partner> directory(String networkId, boolean listedOnly) {
        return find("""
                select distinct p from Partner p left join fetch p.expertise
                where p.networkId = :network and p.status <> :erased
                  and (:listedOnly = false or p.listingConsent.given = true)
                order by p.name, p.id""",
                Parameters.with("network", networkId).and("erased", PartnerStatus.ERASED).and("listedOnly", listedOnly))
                .list();
    }

    /** The partners among {@code partnerIds} that belong to the network; ids of other networks and erased partners are left out. */
    public List<Partner> findAllInNetwork(String networkId, Collection<UUID> partnerIds) {
        return list("networkId = :network and id in :ids and status <> :erased",
                Parameters.with("network", networkId).and("ids", partnerIds).and("erased", PartnerStatus.ERASED));
    }

    public PanacheQuery<Partner> search(String networkId, Search search, Sort sort) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network", "status <> :erased"));
        Parameters parameters = Parameters.with("network", networkId).and("erased", PartnerStatus.ERASED);
        if (search.name() != null) {
            conditions.add("lower(name) like :name escape '\\'");
            parameters.and("name", "%" + escapeLike(search.name().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.sector() != null) {
            conditions.add("sector = :sector");
            parameters.and("sector", search.sector());
        }
        if (search.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", search.status());
        }
        if (search.expertise() != null) {
            conditions.add(":tag member of expertise");
            parameters.and("tag", search.expertise());
        }
        if (search.ids() != null) {
            conditions.add("id in :ids");
            parameters.and("ids", search.ids());
        }
        if (search.updatedSince() != null) {
            conditions.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", search.updatedSince());
        }
        if (search.listedOnly()) {
            conditions.add("listingConsent.given = true");
        }
        return find(String.join(" and ", conditions), sort, parameters);
    }

    /**
     * Partners still in the network whose last relationship-level contact (call, personal meeting, network
     * event) was before {@code since}, or who never had one: the key actors of strategic goals first, then
     * the longest without contact.
     */
    public PanacheQuery<Partner> goingCold(String networkId, LocalDate since, boolean listedOnly) {
        String lastContact = "(select max(c.contactedOn) from ContactEntry c where c.partnerId = p.id and c.level = :relationship)";
        return find("""
                from Partner p
                where p.networkId = :network and p.status not in (:left, :erased)
                  and (%1$s is null or %1$s < :since)
                  and (:listedOnly = false or p.listingConsent.given = true)
                order by case when exists (select 1 from StrategicGoal g join g.actorNeeds n
                                           where g.networkId = p.networkId and n.partnerId = p.id
                                             and n.keyActor = true) then 0 else 1 end,
                         %1$s asc nulls first, p.name, p.id""".formatted(lastContact),
                Parameters.with("network", networkId).and("left", PartnerStatus.LEFT).and("erased", PartnerStatus.ERASED)
                        .and("relationship", ContactLevel.RELATIONSHIP)
                        .and("since", since).and("listedOnly", listedOnly));
    }

    /**
     * Empties email and phone of up to {@code limit} partners, of any network, who left before {@code leftBefore} and
     * did not consent to stay listed, and records on each when and which fields held data. Raises the version, so that
     * an update sent with an older ETag cannot write the removed data back. Partners another transaction holds are
     * skipped, not waited for: several instances share the work instead of repeating it.
     *
     * @return how many partners lost their contact data
     */
    public int removeContactDataOfLeftBefore(OffsetDateTime leftBefore, OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                with due as (
                    select id from partner
                    where status = 'LEFT' and left_at < :leftBefore and not stay_listed_consent
                      and (email is not null or phone is not null)
                    order by left_at, id
                    limit :limit
                    for update skip locked)
                update partner p
                set contact_data_removed_fields = concat_ws(',', case when p.email is not null then 'email' end,
                                                                 case when p.phone is not null then 'phone' end),
                    contact_data_removed_at = :now,
                    email = null,
                    phone = null,
                    updated_at = :now,
                    version = p.version + 1
                from due
                where p.id = due.id""")
                .setParameter("leftBefore", leftBefore).setParameter("now", now).setParameter("limit", limit)
                .executeUpdate();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
