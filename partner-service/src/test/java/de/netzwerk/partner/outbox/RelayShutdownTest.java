package de.netzwerk.partner.outbox;

import de.netzwerk.infra.ExternalKafkaBroker;
import de.netzwerk.partner.Partners;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service stops (SIGTERM) while a round waits for a broker that is away: the relay gives the round up at once
 * rather than waiting out the acknowledgement timeout, the events stay in the outbox, and another instance can take
 * the lead at once.
 */
@QuarkusTest
@TestProfile(RelayShutdownTest.PublishToABrokerThatIsAway.class)
class RelayShutdownTest {

    /** Never started: nothing acknowledges. */
    static final ExternalKafkaBroker AWAY = ExternalKafkaBroker.onFreePorts("relay-shutdown-broker");

    public static class PublishToABrokerThatIsAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.outbox.bootstrap.servers", AWAY.bootstrapServers());
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxPublisher publisher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void stoppingGivesUpARoundWaitingForTheBrokerKeepsItsEventsAndReleasesTheLead() throws Exception {
        String network = Partners.network();
        await("the relay begins a round").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(publisher::awaitingAcknowledgements);

        relay.stop(null);

        assertFalse(publisher.awaitingAcknowledgements(), "the round still waits for the broker");
        assertEquals(1, waitingAbout(network), "the network's registration left the outbox unacknowledged");
        RelayLeadership nextInstance = new RelayLeadership(dataSource);
        try {
            // Its thread gives the lead up as it ends: the relay stopped, within the shutdown's wait.
            assertTrue(nextInstance.lead(), "the stopped relay kept the lead");
        } finally {
            nextInstance.release();
        }
    }

    private long waitingAbout(String network) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_event where event_type like '%network-registered%' and network_id = ?")) {
            count.setString(1, network);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
