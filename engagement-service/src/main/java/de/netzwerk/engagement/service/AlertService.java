package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.rest.dto.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class AlertService {

    private final AlertRepository alerts;
    private final Clock clock;

    AlertService(AlertRepository alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    public AlertPage list(String networkId, UUID partnerId, AlertStatus status, PageRequest page) {
        PanacheQuery<Alert> query = alerts.matching(networkId, partnerId, status).page(page.toPanache());
        return new AlertPage(query.list(), query.count());
    }

    /**
     * Raises an alert of the rule for the partner, or, while one is still being followed up, adds the new
     * evidence to it: one open alert per partner and rule.
     */
    public Alert raiseOrExtend(String networkId, UUID partnerId, AlertRule rule, UUID groupId,
            Collection<Evidence> evidence) {
        Alert alert = alerts.findOpen(networkId, partnerId, rule).orElseGet(() -> {
            Alert raised = new Alert();
            raised.id = UUID.randomUUID();
            raised.networkId = networkId;
            raised.partnerId = partnerId;
            raised.rule = rule;
            raised.groupId = groupId;
            raised.status = AlertStatus.OPEN;
            raised.raisedAt = OffsetDateTime.now(clock);
            alerts.persist(raised);
            return raised;
        });
        alert.evidence.addAll(evidence);
        return alert;
    }

    public record AlertPage(List<Alert> alerts, long total) {
    }
}
