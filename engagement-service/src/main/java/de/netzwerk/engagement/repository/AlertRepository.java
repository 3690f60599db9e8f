package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
}
