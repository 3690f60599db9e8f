package de.netzwerk.partner.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.partner.position.WrittenEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records events in the transaction of the change they describe (transactional outbox): the change and its
 * event are committed together or not at all. {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    public static final String TOPIC = "partner-events";
    /** {@code ce_source} of every event this service publishes. */
    public static final String SOURCE = "/netzwerk/partner-service";
    static final String TYPE_PREFIX = "de.netzwerk.partner.";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final WrittenEvents written;

    Outbox(EntityManager entityManager, ObjectMapper json, Clock clock, WrittenEvents written) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.written = written;
    }

    /** Must run inside the transaction of the change: an event without its change must never be published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(PublishedEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.eventType = TYPE_PREFIX + event.eventType();
        row.topic = TOPIC;
        row.recordKey = event.subject();
        row.networkId = event.networkId();
        row.occurredAt = OffsetDateTime.now(clock);
        row.payload = toJson(event);
        entityManager.persist(row);
        written.written(row.eventId);
    }

    String toJson(PublishedEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventType() + " cannot be serialised", e);
        }
    }
}
