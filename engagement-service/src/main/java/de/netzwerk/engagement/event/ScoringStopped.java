package de.netzwerk.engagement.event;

import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code engagement.scoring-stopped.v1}: the partner objected to being scored (GDPR Art. 21), or their objection was
 * upheld, so whoever keeps a band published about them must stop using it — task-service deletes it. Ids and a time
 * only: the objection's reason never leaves this service. When scoring resumes, the next assessment publishes
 * band-changed as for a partner without a band.
 */
public record ScoringStopped(String networkId, UUID partnerId, OffsetDateTime stoppedAt) implements PublishedEvent {

    @Override
    public String eventType() {
        return "scoring-stopped.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
