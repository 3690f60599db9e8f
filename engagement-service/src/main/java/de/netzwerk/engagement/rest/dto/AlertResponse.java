package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.Evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record AlertResponse(UUID id, UUID partnerId, UUID groupId, AlertRule rule, AlertStatus status,
        OffsetDateTime raisedAt, List<EvidenceResponse> evidence, String suggestedNextStep, long version) {

    public record EvidenceResponse(Evidence.Kind kind, UUID id, UUID groupId, OffsetDateTime occurredAt) {
    }

    public static AlertResponse of(Alert alert) {
        List<EvidenceResponse> evidence = alert.evidence.stream()
                .map(item -> new EvidenceResponse(item.kind, item.referenceId, item.groupId, item.occurredAt))
                .toList();
        return new AlertResponse(alert.id, alert.partnerId, alert.groupId, alert.rule, alert.status, alert.raisedAt,
                evidence, alert.rule.suggestedNextStep(), alert.version);
    }
}
