package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.rest.dto.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
@Transactional
public class AlertService {

    private final AlertRepository alerts;

    AlertService(AlertRepository alerts) {
        this.alerts = alerts;
    }

    public AlertPage list(String networkId, AlertStatus status, PageRequest page) {
        PanacheQuery<Alert> query = alerts.inNetwork(networkId, status).page(page.toPanache());
        return new AlertPage(query.list(), query.count());
    }

    public record AlertPage(List<Alert> alerts, long total) {
    }
}
