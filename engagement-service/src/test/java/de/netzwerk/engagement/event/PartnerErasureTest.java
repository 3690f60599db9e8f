package de.netzwerk.engagement.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 14, item 2: a partner erased on partner-service's partner-erased.v1 leaves no row here — facts, score,
 * pause, alerts with their evidence and case, which network they were of — the erasure is confirmed once with
 * partner-data-erased.v1, and neither a redelivery nor a late or replayed event brings the partner back.
 */
@QuarkusTest
class PartnerErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CONFIRMATION = "de.netzwerk.engagement.partner-data-erased.v1";
    private static final Path SCHEMAS = Path.of("src", "main", "resources", "asyncapi", "schemas");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private final UUID erasureId = UUID.randomUUID();
    private Histories events;

    @BeforeEach
    void connect() {
        events = new Histories(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void anErasedPartnerLeavesNoRowIsConfirmedOnceAndNoReplayedEventBringsThemBack() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.partnerRegistered(partner);
        events.membership(partner, group, daysAgo(300));
        events.membership(other, group, daysAgo(300));
        events.attendance(other, group, first, daysAgo(14), "PRESENT");
        events.attendance(other, group, second, daysAgo(7), "PRESENT");
        UUID lateAttendance = UUID.randomUUID();
        events.attendance(partner, group, first, daysAgo(14), "ABSENT");
        events.attendance(partner, group, second, daysAgo(7), "ABSENT");
        events.taskAssigned(UUID.randomUUID(), partner, daysAgo(-14), daysAgo(3));
        events.exchangeOfferPosted(partner, UUID.randomUUID(), daysAgo(5));
        events.flush();
        Alerts.awaitFor(network, partner, found -> !found.isEmpty(), PATIENCE);
        Engagement.await(network, partner, found -> "POSTED_OFFER".equals(found.getString("lastSignOfLife.activity")));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("startsOn", daysAgo(-10).toString(), "until", daysAgo(-40).toString(), "reason", "ILLNESS",
                        "note", "Operation am Knie"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner).then().statusCode(200);
        List<Object> otherComponents = Engagement.await(network, other,
                found -> Integer.valueOf(2).equals(found.get("components[0].items"))).getList("components");
        assertThat(tablesNaming(partner), hasItem("exchange_activity.partner_id"));

        UUID erasedEvent = events.partnerErased(partner, erasureId);
        events.flush();

        ConsumerRecord<String, String> confirmation = awaitConfirmation();
        assertEquals(partner.toString(), confirmation.key());
        assertEquals(partner.toString(), TopicReader.header(confirmation, "ce_subject"));
        assertEquals(network, TopicReader.header(confirmation, "ce_networkid"));
        JsonNode data = json.readTree(confirmation.value());
        assertEquals(Set.of(), schema().validate(data));
        assertEquals("engagement-service", data.get("service").asText());
        assertEquals(erasureId.toString(), data.get("erasureId").asText());
        assertNull(Engagement.of(network, partner), "GET …/engagement/{p} answers 404");
        awaitNoUnpublishedEventAbout(partner);
        assertEquals(List.of(), tablesNaming(partner));
        assertNotNull(Engagement.of(network, other), "the other member of the group keeps their engagement");

        // Redelivered, requested again, and an attendance entered late: the replay reads them all before it returns.
        events.partnerErased(erasedEvent, partner, erasureId);
        events.partnerErased(partner, erasureId);
        events.attendance(partner, group, lateAttendance, daysAgo(1), "ABSENT");
        events.exchangeAgreed(UUID.randomUUID(), other, partner, daysAgo(1));
        events.flush();
        given().auth().oauth2(DevTokens.operator()).when().post("/api/v1/engagement-replay").then().statusCode(200);
        Engagement.awaitNoPendingAssessments();
        awaitNoUnpublishedEventAbout(partner);

        assertNull(Engagement.of(network, partner), "the replay did not bring the partner back");
        assertEquals(List.of(), Alerts.of(network, partner));
        assertEquals(List.of(), tablesNaming(partner));
        assertEquals(1, confirmationsOf(erasureId), "confirmed once, however often it was requested");
        assertEquals(otherComponents, Engagement.of(network, other).getList("components"),
                "the group's other member is assessed as before");
    }

    @Test
    void theConfirmationsExampleConformsToItsSchema() throws Exception {
        JsonNode example = json.readTree(Files.readString(
                SCHEMAS.resolveSibling("examples").resolve("partner-data-erased.v1.json")));
        assertEquals(Set.of(), schema().validate(example));
    }

    @Test
    void anErasureNamingAPartnerOfAnotherNetworkGoesToTheDeadLetterTopicAndErasesNothing() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "PRESENT");
        events.flush();
        Engagement.await(network, partner, found -> found.get("score") != null);
        UUID refused;
        try (Histories intruder = new Histories(bootstrapServers, "net-" + UUID.randomUUID().toString().substring(0, 8))) {
            refused = intruder.partnerErased(partner, erasureId);
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-service.partner-events.dlq")) {
            reader.readUntil(record -> refused.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
        }
        assertNotNull(Engagement.of(network, partner), "the partner of this network is not erased");
        awaitNoUnpublishedEventAbout(partner);
        assertEquals(0, confirmationsOf(erasureId));
    }

    /** Every text and uuid column of every table of this service that holds the partner id. */
    private List<String> tablesNaming(UUID id) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = current_schema()
                      and data_type in ('uuid', 'text', 'character varying', 'jsonb', 'json')""")) {
                while (rows.next()) {
                    columns.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement query = connection.prepareStatement("select count(*) from \"%s\" where \"%s\"::text like ?"
                        .formatted(column[0], column[1]))) {
                    query.setString(1, "%" + id + "%");
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private void awaitNoUnpublishedEventAbout(UUID id) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (tablesNaming(id).contains("outbox_event.payload")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not publish the events about " + id + " within " + PATIENCE);
            }
            Thread.sleep(100);
        }
    }

    private ConsumerRecord<String, String> awaitConfirmation() {
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            return reader.readUntil(this::confirms, PATIENCE).stream().filter(this::confirms).findFirst().orElseThrow();
        }
    }

    private boolean confirms(ConsumerRecord<String, String> record) {
        return CONFIRMATION.equals(TopicReader.header(record, "ce_type")) && record.value().contains(erasureId.toString());
    }

    /** The confirmations of the erasure on engagement-events, read from its beginning to its present end. */
    private long confirmationsOf(UUID erasure) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor("engagement-events", Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (CONFIRMATION.equals(TopicReader.header(record, "ce_type"))
                            && record.value().contains(erasure.toString())) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static com.networknt.schema.JsonSchema schema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve("partner-data-erased.v1.json")), config);
    }
}
