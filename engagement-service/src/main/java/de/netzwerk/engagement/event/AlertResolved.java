package de.netzwerk.engagement.event;

import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code engagement.alert-resolved.v1}: the follow-up of an alert was closed (asyncapi/schemas). */
public record AlertResolved(String networkId, UUID partnerId, UUID alertId, AlertRule rule, AlertStatus outcome,
        FollowUpCause cause, OffsetDateTime resolvedAt) implements PublishedEvent {

    @Override
    public String eventType() {
        return "alert-resolved.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
