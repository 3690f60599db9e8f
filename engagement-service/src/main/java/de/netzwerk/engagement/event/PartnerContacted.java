package de.netzwerk.engagement.event;

import de.netzwerk.engagement.ContactChannel;
import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code engagement.partner-contacted.v1}: a coordinator reached the partner while following up an alert, so that
 * partner-service records the contact in the partner's contact log (issue 13, item 6). The schema is
 * asyncapi/schemas/partner-contacted.v1.json; like every event here it carries no names and no notes.
 */
public record PartnerContacted(String networkId, UUID partnerId, UUID alertId, ContactChannel channel,
        OffsetDateTime contactedAt, Occasion occasion) implements PublishedEvent {

    /** Why the contact happened; the contact log may learn of others later. */
    public enum Occasion {
        ALERT_FOLLOW_UP
    }

    public static PartnerContacted followingUp(String networkId, UUID partnerId, UUID alertId, ContactChannel channel,
            OffsetDateTime contactedAt) {
        return new PartnerContacted(networkId, partnerId, alertId, channel, contactedAt, Occasion.ALERT_FOLLOW_UP);
    }

    @Override
    public String eventType() {
        return "partner-contacted.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
