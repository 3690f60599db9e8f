package de.netzwerk.engagement.event;

import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code engagement.disengagement-detected.v1}: an alert was raised (asyncapi/schemas). */
public record DisengagementDetected(String networkId, UUID partnerId, UUID alertId, AlertRule rule, UUID groupId,
        List<Proof> evidence, String suggestedNextStep, OffsetDateTime raisedAt) implements PublishedEvent {

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
