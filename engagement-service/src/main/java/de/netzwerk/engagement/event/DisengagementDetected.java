package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code engagement.disengagement-detected.v1}: an alert was raised (asyncapi/schemas), one event per alert; the
 * optional {@code caseId} names the partner's case it is a reason of (added within v1).
 */
public record DisengagementDetected(String networkId, UUID partnerId, UUID alertId, AlertRule rule, UUID groupId,
        List<Proof> evidence, String suggestedNextStep, OffsetDateTime raisedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID caseId) implements PublishedEvent {

    public record Proof(String kind, UUID id, OffsetDateTime occurredAt) {
    }

    @Override
    public String eventType() {
        return "disengagement-detected.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
