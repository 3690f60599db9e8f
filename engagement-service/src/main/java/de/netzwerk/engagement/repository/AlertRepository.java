package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.FollowUpCause;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alerts: lists, the reasons of a case, and what the rules last decided for a partner or group. */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, UUID> {

    /** What a list of alerts is narrowed to; a null field does not narrow it. */
    public record Filter(UUID partnerId, AlertStatus status, OffsetDateTime updatedSince) {
    }

    /**
     * The network's alerts matching every filter given, ordered by a field ({@code raisedAt} or {@code updatedAt},
     * descending with a leading "-") and then by id in the same direction, so that pages never overlap.
     */
    public PanacheQuery<Alert> matching(String networkId, Filter filter, String sort) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (filter.partnerId() != null) {
            conditions.add("partnerId = :partner");
            parameters.and("partner", filter.partnerId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.updatedSince() != null) {
            conditions.add("updatedAt >= :updatedSince");
            parameters.and("updatedSince", filter.updatedSince());
        }
        Sort.Direction direction = sort.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        String field = sort.startsWith("-") ? sort.substring(1) : sort;
        return find(String.join(" and ", conditions), Sort.by(field, direction).and("id", direction), parameters);
    }

    /** The alert, if it is one of the network's. */
    public Optional<Alert> findInNetwork(String networkId, UUID alertId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", alertId))
                .firstResultOptional();
    }

    /** The alert of this rule still being followed up for the partner, if any: there is at most one. */
    public Optional<Alert> findOpen(String networkId, UUID partnerId, AlertRule rule) {
        return find("networkId = :network and partnerId = :partner and rule = :rule and status in :open",
                Parameters.with("network", networkId).and("partner", partnerId).and("rule", rule)
                        .and("open", AlertStatus.OPEN_STATES))
                .firstResultOptional();
    }

    /** The case's alerts, its reasons, with their evidence, in the order they were raised. */
    public List<Alert> reasonsOf(String networkId, UUID caseId) {
        return getEntityManager().createQuery("""
                        select distinct a from Alert a left join fetch a.evidence
                        where a.networkId = :network and a.caseId = :case order by a.raisedAt, a.id""", Alert.class)
                .setParameter("network", networkId).setParameter("case", caseId).getResultList();
    }

    /** Every alert (any status) of the partners of one network, with its evidence. */
    public List<Alert> ofPartners(String networkId, Collection<UUID> partnerIds) {
        return getEntityManager().createQuery("""
                        select distinct a from Alert a left join fetch a.evidence
                        where a.networkId = :network and a.partnerId in :partners""", Alert.class)
                .setParameter("network", networkId)
                .setParameter("partners", partnerIds)
                // A list, not a stream: a streamed fetch join can hand out an alert before all its evidence is read.
                .getResultList();
    }

    /** Every alert (any status) of the rule about the group as a whole (no partner named), with its evidence. */
    public List<Alert> ofGroup(String networkId, UUID groupId, AlertRule rule) {
        return getEntityManager().createQuery("""
                        select distinct a from Alert a left join fetch a.evidence
                        where a.networkId = :network and a.groupId = :group and a.partnerId is null and a.rule = :rule""",
                        Alert.class)
                .setParameter("network", networkId).setParameter("group", groupId).setParameter("rule", rule)
                .getResultList();
    }

    /** The alert as committed now: read again, for a comparison with a version another transaction just wrote. */
    public void reread(Alert alert) {
        getEntityManager().refresh(alert);
    }

    /** How many cases were resolved with a cause (null: without one), closed in [from, to); null bounds are open. */
    public record CasesByCause(FollowUpCause cause, long cases) {
    }

    public List<CasesByCause> resolvedCasesByCause(String networkId, OffsetDateTime from, OffsetDateTime to) {
        return getEntityManager().createQuery("""
                        select a.cause, count(distinct a.caseId) from Alert a
                        where a.networkId = :network and a.status = :resolved
                          and (cast(:from as timestamp) is null or a.closedAt >= :from)
                          and (cast(:to as timestamp) is null or a.closedAt < :to)
                        group by a.cause""", Object[].class)
                .setParameter("network", networkId)
                .setParameter("resolved", AlertStatus.RESOLVED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new CasesByCause((FollowUpCause) row[0], (Long) row[1]))
                .toList();
    }
}
