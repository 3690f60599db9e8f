package de.netzwerk.meeting.outbox;

import de.netzwerk.meeting.Erasure;
import de.netzwerk.meeting.Meetings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An event about a partner written before their erasure and published after it reaches the journal after the
 * erasure swept it: the journal forgets it as it is recorded, by key or by a mention in the payload, and keeps events
 * about partners not erased.
 */
@QuarkusTest
class JournalErasuresTest {

    @Inject
    JournalErasures erasures;

    @Inject
    EntityManager entityManager;

    @Test
    void eventsNamingAnErasedPartnerAreForgottenAsTheyAreJournaledAndOthersStay() {
        String network = Meetings.freshNetwork();
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID keyedByErased = journaled(network, erased.toString(), "{\"partnerId\":\"" + erased + "\"}");
        UUID mentioningErased = journaled(network, UUID.randomUUID().toString(),
                "{\"partnerIds\":[\"" + kept + "\",\"" + erased + "\"]}");
        UUID aboutKept = journaled(network, kept.toString(), "{\"partnerId\":\"" + kept + "\"}");
        UUID erasedElsewhere = journaled(Meetings.freshNetwork(), erased.toString(), "{\"partnerId\":\"" + erased + "\"}");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into partner_erasure (erasure_id, partner_digest, network_id, requested_at, completed_at)
                        values (?1, ?2, ?3, now(), now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, Erasure.digestOf(erased)).setParameter(3, network)
                .executeUpdate());

        QuarkusTransaction.requiringNew().run(() ->
                erasures.forgetErasedIn(List.of(keyedByErased, mentioningErased, aboutKept, erasedElsewhere)));

        assertEquals(List.of(aboutKept, erasedElsewhere), stillJournaled(List.of(keyedByErased, mentioningErased, aboutKept,
                erasedElsewhere)));
    }

    private UUID journaled(String network, String key, String payload) {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into published_event (event_id, event_type, topic, kafka_partition, kafka_offset, record_key,
                            subject, network_id, occurred_at, published_at, payload)
                        values (?1, 'de.netzwerk.meeting.rsvp-received.v1', 'meeting-events', 0, 0, ?2, ?2, ?3, ?4, ?4, ?5)""")
                .setParameter(1, eventId).setParameter(2, key).setParameter(3, network)
                .setParameter(4, OffsetDateTime.now()).setParameter(5, payload)
                .executeUpdate());
        return eventId;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> stillJournaled(List<UUID> events) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select event_id from published_event where event_id in (?1) order by feed_position", UUID.class)
                .setParameter(1, events).getResultList());
    }
}
