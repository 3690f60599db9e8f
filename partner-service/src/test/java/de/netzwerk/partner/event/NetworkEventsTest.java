package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * partner-service is the one source of truth for a network's time zone and language: registering a network and
 * changing either publish them, keyed by the network; the networks registered before the events existed are
 * announced once by a migration.
 */
@QuarkusTest
class NetworkEventsTest {

    private static final String PREFIX = "de.netzwerk.partner.";
    private static final String SCRIPT = "db/migration/V20__announce_existing_networks.sql";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void registeringANetworkAndChangingItsZoneOrLanguagePublishTheSettingsButRenamingItDoesNot() throws Exception {
        String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", network, "name", "Netzwerk Musterstadt", "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/networks").then().statusCode(201);
        patch(network, Map.of("name", "Engagierte Stadt Musterstadt"));
        patch(network, Map.of("timeZone", "Pacific/Auckland"));
        patch(network, Map.of("defaultLanguage", "en"));

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> network.equals(record.key()) && record.value().contains("\"defaultLanguage\":\"en\""),
                    Duration.ofSeconds(30)).stream().filter(record -> network.equals(record.key())).toList();

            assertEquals(List.of("network-registered.v1", "network-updated.v1", "network-updated.v1"),
                    ours.stream().map(NetworkEventsTest::type).toList(), "the renaming alone publishes nothing");
            for (ConsumerRecord<String, String> record : ours) {
                assertEquals(Set.of(), EventSchemas.violations(type(record), json.readTree(record.value())), type(record));
                assertEquals(network, TopicReader.header(record, "ce_subject"));
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertFalse(record.value().contains("Musterstadt"), "the name stays in partner-service");
            }
            List<JsonNode> payloads = ours.stream().map(this::payload).toList();
            assertEquals(List.of("Europe/Berlin", "Pacific/Auckland", "Pacific/Auckland"),
                    payloads.stream().map(payload -> payload.get("timeZone").asText()).toList());
            assertEquals(List.of("de", "de", "en"), payloads.stream().map(payload -> payload.get("defaultLanguage").asText()).toList());
            assertEquals(List.of(0L, 2L, 3L), payloads.stream().map(payload -> payload.get("version").asLong()).toList(),
                    "the network's own version, so consumers can tell a late event from a newer one");
        }
    }

    /**
     * The test writes a network as the earlier version did (without an event) and runs the migration's script
     * again; that announces the other tests' networks a second time too, which consumers ignore by version.
     */
    @Test
    void networksOfTheEarlierVersionAreAnnouncedWithTheirSettingsAndVersion() throws Exception {
        String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime createdAt = OffsetDateTime.parse("2025-03-01T09:30:00.123456+01:00");
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into network (id, name, time_zone, default_language, created_at, updated_at, version)
                    values (?, 'Netzwerk Altstadt', 'America/Sao_Paulo', 'en', ?, ?, 4)""")) {
                insert.setString(1, network);
                insert.setObject(2, createdAt);
                insert.setObject(3, createdAt);
                insert.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(script());
            }
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            ConsumerRecord<String, String> announced = reader.readUntil(record -> network.equals(record.key()),
                    Duration.ofSeconds(30)).stream().filter(record -> network.equals(record.key())).findFirst().orElseThrow();

            assertEquals("network-registered.v1", type(announced));
            assertEquals(network, TopicReader.header(announced, "ce_networkid"));
            assertEquals(Set.of(), EventSchemas.violations("network-registered.v1", payload(announced)));
            JsonNode payload = payload(announced);
            assertEquals("America/Sao_Paulo", payload.get("timeZone").asText());
            assertEquals("en", payload.get("defaultLanguage").asText());
            assertEquals(4, payload.get("version").asLong());
            assertEquals(createdAt.toInstant(), OffsetDateTime.parse(payload.get("registeredAt").asText()).toInstant());
        }
    }

    private static void patch(String network, Map<String, Object> changes) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(changes)
                .header("If-Match", Versions.etag(network, "/api/v1/networks/{n}", network))
                .when().patch("/api/v1/networks/{n}", network)
                .then().statusCode(200);
    }

    private JsonNode payload(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (IOException e) {
            throw new AssertionError(record.value(), e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type").substring(PREFIX.length());
    }

    private static String script() throws IOException {
        try (InputStream in = EventSchemas.resource(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
