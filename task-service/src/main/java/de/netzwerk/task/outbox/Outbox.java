package de.netzwerk.task.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Records events in the transaction of the change they describe (transactional outbox): the change and its
 * event are committed together or not at all. {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    static final String TOPIC = "task-events";
    static final String TYPE_PREFIX = "de.netzwerk.task.";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
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
    }

    /**
     * Records many events in one round trip to the database (a JDBC batch), for the deadline clock, which writes
     * thousands at a time. Same rules as {@link #add}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(List<? extends PublishedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, event_type, topic, record_key, network_id, occurred_at, payload)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (PublishedEvent event : events) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, TYPE_PREFIX + event.eventType());
                    insert.setString(3, TOPIC);
                    insert.setString(4, event.subject());
                    insert.setString(5, event.networkId());
                    insert.setObject(6, now);
                    insert.setString(7, toJson(event));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    String toJson(PublishedEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.eventType() + " cannot be serialised", e);
        }
    }
}
