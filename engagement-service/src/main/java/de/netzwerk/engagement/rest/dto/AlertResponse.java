package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AlertResponse(UUID id, UUID partnerId, AlertRule rule, AlertStatus status, OffsetDateTime raisedAt,
        long version) {

    public static AlertResponse of(Alert alert) {
        return new AlertResponse(alert.id, alert.partnerId, alert.rule, alert.status, alert.raisedAt, alert.version);
    }
}
