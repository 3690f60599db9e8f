package de.netzwerk.engagement.event;

import de.netzwerk.engagement.outbox.PublishedEvent;
import de.netzwerk.engagement.scoring.Band;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code engagement.band-changed.v1}: task-service reads it to spare partners at risk (asyncapi/schemas). */
public record BandChanged(String networkId, UUID partnerId, Band band, Band previousBand, int score,
        OffsetDateTime changedAt) implements PublishedEvent {

    @Override
    public String eventType() {
        return "band-changed.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
