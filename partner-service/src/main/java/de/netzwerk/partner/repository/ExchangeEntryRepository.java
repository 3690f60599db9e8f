package de.netzwerk.partner.repository;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeEntryStatus;
import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeSide;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExchangeEntryRepository implements PanacheRepositoryBase<ExchangeEntry, UUID> {

    /** What a list asks for; null fields do not filter. {@code open}: still valid on {@code today}, or expired before it. */
    public record Search(ExchangeSide side, ExchangeEntryStatus status, LocalDate today, String tag, UUID partnerId, ExchangeKind kind,
            UUID meetingId) {
    }

    public Optional<ExchangeEntry> findInNetwork(String networkId, ExchangeSide side, UUID id) {
        return find("networkId = :network and side = :side and id = :id",
                Parameters.with("network", networkId).and("side", side).and("id", id)).firstResultOptional();
    }

    /** Open entries soonest-expiring first, expired ones the latest expired first, withdrawn ones the latest first. */
    public PanacheQuery<ExchangeEntry> search(String networkId, Search search) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network", "side = :side"));
        Parameters parameters = Parameters.with("network", networkId).and("side", search.side());
        if (search.status() == ExchangeEntryStatus.WITHDRAWN) {
            conditions.add("withdrawnAt is not null");
        } else {
            conditions.add(search.status() == ExchangeEntryStatus.OPEN
                    ? "withdrawnAt is null and validUntil >= :today" : "withdrawnAt is null and validUntil < :today");
            parameters.and("today", search.today());
        }
        if (search.tag() != null) {
            conditions.add(":tag member of tags");
            parameters.and("tag", search.tag());
        }
        if (search.partnerId() != null) {
            conditions.add("partnerId = :partner");
            parameters.and("partner", search.partnerId());
        }
        if (search.meetingId() != null) {
            conditions.add("meetingId = :meeting");
            parameters.and("meeting", search.meetingId());
        }
        if (search.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", search.kind());
        }
        Sort sort = switch (search.status()) {
            case OPEN -> Sort.by("validUntil").and("postedAt").and("id");
            case EXPIRED -> Sort.descending("validUntil").and("postedAt", Sort.Direction.Descending).and("id");
            case WITHDRAWN -> Sort.descending("withdrawnAt").and("id");
        };
        return find(String.join(" and ", conditions), sort, parameters);
    }

    /** Every open entry of a side in the network: what suggestions are made from. */
    public List<ExchangeEntry> open(String networkId, ExchangeSide side, LocalDate today) {
        return list("networkId = ?1 and side = ?2 and validUntil >= ?3 and withdrawnAt is null", networkId, side, today);
    }
}
