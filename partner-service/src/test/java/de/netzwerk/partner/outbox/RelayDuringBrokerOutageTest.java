package de.netzwerk.partner.outbox;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.ExternalKafkaBroker;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker is away while the relay has a batch on its way: the relay waits for the acknowledgements holding no
 * transaction open, and the API goes on committing writes, whose events follow once the broker is back.
 */
@QuarkusTest
@TestProfile(RelayDuringBrokerOutageTest.PublishToABrokerThatIsDown.class)
class RelayDuringBrokerOutageTest {

    /** Not started until the test says so; the service publishes to it from the start. */
    static final ExternalKafkaBroker BROKER = ExternalKafkaBroker.onFreePorts("relay-outage-broker");

    public static class PublishToABrokerThatIsDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.outbox.bootstrap.servers", BROKER.bootstrapServers());
        }
    }

    @Inject
    OutboxPublisher publisher;

    @Inject
    AgroalDataSource dataSource;

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void whileTheRelayWaitsForTheBrokerNoTransactionIsLeftOpenAndWritesCommit() throws Exception {
        String network = Partners.network();
        awaitARoundWaitingForTheBroker();
        assertEquals(List.of(), idleInTransaction(), "connections idle in a transaction while the relay waits");

        String partner = Partners.registered(network, Partners.profile("Verein während der Störung"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().statusCode(200);
        assertTrue(publisher.awaitingAcknowledgements(), "the round stopped waiting with the broker still away");
        assertEquals(List.of(), idleInTransaction(), "connections idle in a transaction while the relay waits");

        BROKER.start();
        try (TopicReader reader = new TopicReader(BROKER.bootstrapServers(), "partner-events")) {
            reader.readUntil(record -> partner.equals(record.key()), Duration.ofSeconds(60));
            // Keyed by the network and by the partner, the two may lie on different partitions, which keep no order
            // between them: read every partition to its end, and compare without the order.
            List<String> types = reader.readToEnd(Duration.ofSeconds(30)).stream()
                    .filter(record -> record.value().contains(network))
                    .map(record -> TopicReader.header(record, "ce_type")).sorted().toList();
            assertEquals(List.of("de.netzwerk.partner.network-registered.v1", "de.netzwerk.partner.partner-registered.v1"),
                    types);
        }
    }

    /** The network's registration is on its way to the broker, which is not there to acknowledge it. */
    private void awaitARoundWaitingForTheBroker() {
        await("the relay begins a round").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(publisher::awaitingAcknowledgements);
    }

    /** What each connection to the service's database that sits idle inside a transaction last ran. */
    private List<String> idleInTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select application_name || ': ' || query from pg_stat_activity
                        where datname = current_database() and state like 'idle in transaction%'""")) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }
}
