package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.ClosingReason;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code engagement.alert-resolved.v1}: the follow-up of an alert was closed (asyncapi/schemas). An alert the service
 * withdrew because its condition ended is published with the outcome DISMISSED and no cause, which a consumer of
 * v1 already understands, and the optional {@code closingReason} that tells it apart; the field is left out when a
 * coordinator closed the alert, as before. One event per alert, also when a case is closed with several reasons; the
 * optional {@code caseId} (added within v1) names the case.
 */
public record AlertResolved(String networkId, UUID partnerId, UUID alertId, AlertRule rule, AlertStatus outcome,
        FollowUpCause cause, OffsetDateTime resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) ClosingReason closingReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID caseId) implements PublishedEvent {

    @Override
    public String eventType() {
        return "alert-resolved.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
