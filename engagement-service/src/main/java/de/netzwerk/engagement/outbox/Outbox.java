package de.netzwerk.engagement.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.engagement.position.WrittenEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records events in the transaction of the change they describe (transactional outbox): the change and its
 * event are committed together or not at all. {@link OutboxRelay} publishes them after the commit. Its rows also
 * carry the subject of an event keyed by something else (column {@code subject}).
 */
@ApplicationScoped
public class Outbox {

    /** The topic of every event but those naming another. */
    public static final String TOPIC = "engagement-events";
    /** {@code ce_source} of every event this service publishes. */
    public static final String SOURCE = "/netzwerk/engagement-service";
    static final String TYPE_PREFIX = "de.netzwerk.engagement.";

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
        UUID eventId = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into outbox_event (event_id, event_type, topic, record_key, subject, network_id, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, eventId)
                .setParameter(2, TYPE_PREFIX + event.eventType())
                .setParameter(3, event.topic())
                .setParameter(4, event.key())
                .setParameter(5, event.key().equals(event.subject()) ? null : event.subject())
                .setParameter(6, event.networkId())
                .setParameter(7, OffsetDateTime.now(clock))
                .setParameter(8, toJson(event))
                .executeUpdate();
        written.written(eventId);
    }

    String toJson(PublishedEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventType() + " cannot be serialised", e);
        }
    }
}
