package de.netzwerk.partner.outbox;

import de.netzwerk.infra.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the service: this one, and another played by the test with a leadership of its own on the same
 * database. Only one leads at a time, and the other takes over when the leader's lock connection dies.
 */
@QuarkusTest
class RelayLeadershipTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxPublisher publisher;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void whileAnotherInstanceLeadsThisOneDoesNotPublishAndTakesOverInOrderWhenTheLeaderDies() throws Exception {
        RelayLeadership otherInstance = new RelayLeadership(dataSource);
        try {
            assertFalse(otherInstance.lead(), "this instance's relay leads from its start, so the other cannot");
            takeTheLeadFromThisInstance(otherInstance);

            UUID partner = UUID.randomUUID();
            List<ProbeEvent> events = Stream.generate(() -> ProbeEvent.about(partner)).limit(5).toList();
            events.forEach(event -> QuarkusTransaction.requiringNew().run(() -> outbox.add(event)));

            assertEquals(0, publisher.publishPending(), "this instance published while the other led");
            assertEquals(events.size(), waiting(events), "events left the outbox while the other instance led");
            assertTrue(otherInstance.lead(), "the other instance lost its lead");

            terminate(lockHolder());
            // This instance takes over: its relay publishes the events, each once, in the order they were written.
            try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
                String last = events.getLast().marker().toString();
                List<ConsumerRecord<String, String>> records = reader.readUntil(
                        record -> record.value().contains(last), Duration.ofSeconds(60));
                List<String> published = records.stream().filter(record -> partner.toString().equals(record.key()))
                        .map(ConsumerRecord::value).toList();
                assertEquals(events.stream().map(event -> event.marker().toString()).toList(),
                        published.stream().map(RelayLeadershipTest::marker).toList());
            }
        } finally {
            otherInstance.release();
        }
    }

    /** Kills this instance's lock connection until the other instance, not this one's relay, takes the lock. */
    private void takeTheLeadFromThisInstance(RelayLeadership otherInstance) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            Integer holder = lockHolder();
            if (holder != null) {
                terminate(holder);
            }
            if (otherInstance.lead()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the other instance never took the lead from this one");
    }

    private Integer lockHolder() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select pid from pg_locks where locktype = 'advisory' and granted and database =
                            (select oid from pg_database where datname = current_database())
                          and ((classid::bigint << 32) | objid::bigint) = ?""")) {
            query.setLong(1, RelayLeadership.LOCK);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : null;
            }
        }
    }

    private void terminate(int backend) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement kill = connection.prepareStatement("select pg_terminate_backend(?)")) {
            kill.setInt(1, backend);
            kill.execute();
        }
    }

    private long waiting(List<ProbeEvent> events) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_event where payload like any(?)")) {
            count.setArray(1, connection.createArrayOf("text",
                    events.stream().map(event -> "%" + event.marker() + "%").toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String marker(String payload) {
        int start = payload.indexOf("\"marker\":\"") + "\"marker\":\"".length();
        return payload.substring(start, payload.indexOf('"', start));
    }
}
