package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.AlertStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AlertCaseRepository implements PanacheRepositoryBase<AlertCase, UUID> {

    /** The network's cases matching every filter given, most recently opened first. */
    public PanacheQuery<AlertCase> matching(String networkId, UUID partnerId, AlertStatus status) {
        List<String> conditions = new ArrayList<>(List.of("networkId = :network"));
        Parameters parameters = Parameters.with("network", networkId);
        if (partnerId != null) {
            conditions.add("partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        return find(String.join(" and ", conditions), Sort.descending("openedAt").and("id"), parameters);
    }

    /** The case, if it is one of the network's. */
    public Optional<AlertCase> findInNetwork(String networkId, UUID caseId) {
        return find("networkId = :network and id = :id", Parameters.with("network", networkId).and("id", caseId))
                .firstResultOptional();
    }
}
