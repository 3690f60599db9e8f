package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, UUID> {

    /** The network's alerts, of one status if given, newest first. */
    public PanacheQuery<Alert> inNetwork(String networkId, AlertStatus status) {
        Sort newestFirst = Sort.descending("raisedAt").and("id");
        if (status == null) {
            return find("networkId = ?1", newestFirst, networkId);
        }
        return find("networkId = ?1 and status = ?2", newestFirst, networkId, status);
    }
}
