package de.netzwerk.task.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.KafkaEvents;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import de.netzwerk.task.service.DeadlineClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner erased on partner-service's partner-erased (issue 14, item 2), through Kafka: afterwards no column of any
 * table of task-service holds their id, expertise tags or name, their tasks stay the network's without an owner, the
 * erasure is confirmed once on task-events, and no replayed event, redelivery or request brings them back.
 */
@QuarkusTest
class PartnerErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CONFIRMATION = "de.netzwerk.task.partner-data-erased.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    DeadlineClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = Partners.freshNetwork();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    private KafkaEvents events;

    @BeforeEach
    void connect() {
        events = new KafkaEvents(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void anErasedPartnerLeavesNoTraceTheirTasksStayAndNothingBringsThemBack() throws Exception {
        String anna = UUID.randomUUID().toString();
        String suffix = anna.substring(0, 6);
        String tag = "kiezradio" + suffix;
        String surname = "quandtmeyer" + suffix;
        String registered = registered(anna, tag, "Räume im Hinterhof bei " + surname);
        events.partner("partner-registered.v1", anna, registered);
        events.engagement(UUID.randomUUID(), "band-changed.v1", anna, Partners.bandChanged(network, anna, "WATCH", 55));
        String ben = Partners.active(network, "moderation");

        String doneLate = awaitCreated(Map.of("title", "Stadtteilzeitung verteilen", "assigneeId", anna,
                "dueDate", today.minusDays(3).toString()));
        Tasks.update(network, doneLate, Map.of("status", "DONE"));
        String overdue = Tasks.create(network, "title", "Plakate aufhängen", "assigneeId", anna,
                "dueDate", today.minusDays(2).toString());
        String reassignedAway = Tasks.create(network, "title", "Raum buchen", "assigneeId", anna);
        Tasks.update(network, reassignedAway, Map.of("assigneeId", ben));
        clock.scanAt(Instant.now());
        // Due in two days: the next scan would send it its due-soon notice, were its owner still there.
        String open = Tasks.create(network, "title", "Flyer gestalten", "assigneeId", anna,
                "dueDate", today.plusDays(2).toString(), "tags", List.of(tag));
        String theirs = "the former tasks of the partner";
        List<String> formerTasks = List.of(doneLate, overdue, open);
        assertEquals(1, noticesFor(formerTasks), "the overdue notice sent before the erasure, in " + theirs);
        awaitTrue(() -> count("select count(*) from partner_band where partner_id = ?::uuid", anna) == 1);
        assertThat("the search finds what it looks for", tablesHolding(anna),
                hasItems("partner.id", "partner_band.partner_id", "task.assignee_id"));
        assertThat(tablesHolding(tag), hasItems("partner.expertise"));
        assertEquals(List.of(), tablesHolding(surname), "the words of an offer, which older partner events carry, are not kept");

        Instant beforeErasure = Instant.now();
        UUID erasureId = UUID.randomUUID();
        UUID erasedEvent = UUID.randomUUID();
        String erased = partnerErased(anna, erasureId);
        events.partner(erasedEvent, "partner-erased.v1", anna, erased);

        JsonNode confirmation = confirmationsOf(anna, erasureId.toString()).getFirst();
        assertEquals(erasureId.toString(), confirmation.get("erasureId").asText());
        assertEquals("task-service", confirmation.get("service").asText());
        awaitTrue(() -> count("select count(*) from outbox_event where payload like '%' || ? || '%'", anna) == 0);

        assertEquals(List.of(), tablesHolding(anna));
        assertEquals(List.of(), tablesHolding(surname));
        assertEquals(List.of("task.tags"), tablesHolding(tag), "the expertise tag only as the work's own tag");

        JsonPath tasks = given().auth().oauth2(DevTokens.coordinator(network)).queryParam("size", 100)
                .get("/api/v1/networks/{n}/tasks", network).then().statusCode(200).extract().jsonPath();
        assertEquals(4, tasks.getList("items").size());
        for (String task : formerTasks) {
            assertNull(tasks.get("items.find { it.id == '" + task + "' }.assigneeId"), task);
        }
        assertEquals("DONE", tasks.getString("items.find { it.id == '" + doneLate + "' }.status"));
        assertEquals(today.toString(), tasks.getString("items.find { it.id == '" + doneLate + "' }.completedOn"));
        assertFalse(tasks.getBoolean("items.find { it.id == '" + doneLate + "' }.needsReassignment"));
        assertTrue(tasks.getBoolean("items.find { it.id == '" + overdue + "' }.overdue"));
        assertTrue(tasks.getBoolean("items.find { it.id == '" + overdue + "' }.needsReassignment"));
        assertTrue(tasks.getBoolean("items.find { it.id == '" + open + "' }.needsReassignment"));
        assertEquals("Flyer gestalten", tasks.getString("items.find { it.id == '" + open + "' }.title"));
        assertEquals(ben, tasks.getString("items.find { it.id == '" + reassignedAway + "' }.assigneeId"));
        List<String> changedByErasure = given().auth().oauth2(DevTokens.coordinator(network))
                .queryParam("updatedSince", beforeErasure.toString())
                .get("/api/v1/networks/{n}/tasks", network).then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat("losing their owner is a change clients polling for changes see", changedByErasure,
                containsInAnyOrder(doneLate, overdue, open));

        clock.scanAt(Instant.now());
        assertEquals(1, noticesFor(formerTasks), "no notice after the erasure, in " + theirs);

        List<UUID> replayed = new ArrayList<>();
        replayed.add(events.partner("partner-registered.v1", anna, registered));
        replayed.add(events.partner("partner-updated.v1", anna, Partners.updated(network, anna, List.of(tag), 99)));
        replayed.add(events.partner("partner-left.v1", anna, Partners.left(network, anna)));
        UUID band = UUID.randomUUID();
        events.engagement(band, "band-changed.v1", anna, Partners.bandChanged(network, anna, "AT_RISK", 20));
        replayed.add(band);
        events.partner(erasedEvent, "partner-erased.v1", anna, erased);
        UUID repeated = events.partner("partner-erased.v1", anna, erased);
        replayed.add(repeated);
        for (UUID event : replayed) {
            awaitTrue(() -> count("select count(*) from processed_event where event_id = ?::uuid", event.toString()) == 1);
        }

        assertEquals(List.of(), tablesHolding(anna));
        assertEquals(List.of(), tablesHolding(surname));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Neu", "assigneeId", anna))
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(422).body("errors.field", contains("assigneeId"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, open))
                .body(Map.of("assigneeId", anna))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, open)
                .then().statusCode(422).body("errors.field", contains("assigneeId"));
        // Written after the redeliveries were processed, so published after any second confirmation would be.
        String marker = Tasks.create(network, "title", "Danach", "assigneeId", ben);
        assertEquals(1, confirmationsOf(anna, marker).size(), "confirmations of erasure " + erasureId);
    }

    @Test
    void anErasureNamingThePartnerInAnotherNetworkGoesToTheDeadLetterTopicAndErasesNothing() throws Exception {
        String anna = Partners.active(network, "moderation");
        String task = Tasks.create(network, "assigneeId", anna);
        String other = Partners.freshNetwork();
        UUID misplaced = UUID.randomUUID();
        try (KafkaEvents stranger = new KafkaEvents(bootstrapServers, other)) {
            stranger.partner(misplaced, "partner-erased.v1", anna, partnerErased(other, anna, UUID.randomUUID()));
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "task-service.partner-events.dlq")) {
            ConsumerRecord<String, String> deadLetter = reader.readUntil(
                    record -> misplaced.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE).getLast();
            assertThat(TopicReader.header(deadLetter, "dead-letter-reason"), containsString("network"));
        }
        given().auth().oauth2(DevTokens.coordinator(network)).get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200).body("assigneeId", org.hamcrest.Matchers.equalTo(anna));
        assertEquals(1, count("select count(*) from partner where id = ?::uuid", anna));
        assertEquals(0, count("select count(*) from partner_erasure where network_id = ?", other));
    }

    private String registered(String partner, String tag, String offers) {
        return """
                {"networkId":"%s","partnerId":"%s","kind":"PERSON","sector":"VOLUNTEERS","status":"ACTIVE",
                 "expertise":["%s"],"offers":"%s","registeredAt":"2026-09-14T10:12:03+02:00"}"""
                .formatted(network, partner, tag, offers);
    }

    private String partnerErased(String partner, UUID erasureId) {
        return partnerErased(network, partner, erasureId);
    }

    private static String partnerErased(String network, String partner, UUID erasureId) {
        return """
                {"networkId":"%s","partnerId":"%s","erasureId":"%s","erasedAt":"%s"}"""
                .formatted(network, partner, erasureId, OffsetDateTime.now());
    }

    /**
     * Every confirmation about the partner on task-events, read until a record containing {@code last}; each a
     * CloudEvent keyed by the partner and matching the published schema.
     */
    private List<JsonNode> confirmationsOf(String partner, String last) throws Exception {
        try (TopicReader reader = new TopicReader(bootstrapServers, "task-events")) {
            List<ConsumerRecord<String, String>> read = reader.readUntil(record -> record.value().contains(last), PATIENCE);
            List<JsonNode> confirmations = new ArrayList<>();
            for (ConsumerRecord<String, String> record : read) {
                if (!CONFIRMATION.equals(TopicReader.header(record, "ce_type")) || !partner.equals(record.key())) {
                    continue;
                }
                assertEquals(partner, TopicReader.header(record, "ce_subject"));
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertEquals("/netzwerk/task-service", TopicReader.header(record, "ce_source"));
                JsonNode payload = json.readTree(record.value());
                assertEquals(Set.of(), EventSchemas.violations("partner-data-erased.v1", payload));
                assertEquals(partner, payload.get("partnerId").asText());
                confirmations.add(payload);
            }
            return confirmations;
        }
    }

    /** Every column of every table of the service's schema (as table.column) whose text contains {@code needle}. */
    private List<String> tablesHolding(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> columns = new HashMap<>();
            try (ResultSet rs = connection.createStatement().executeQuery("""
                    select c.table_name, c.column_name from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                      and c.data_type in ('uuid', 'text', 'character varying', 'character', 'ARRAY', 'json', 'jsonb')""")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), table -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            assertThat(columns.keySet(), hasItems("task", "partner", "partner_band", "deadline_notice", "outbox_event",
                    "processed_event", "partner_erasure"));
            for (var table : columns.entrySet()) {
                for (String column : table.getValue()) {
                    try (PreparedStatement query = connection.prepareStatement(
                            "select count(*) from \"%s\" where \"%s\"::text ilike ?".formatted(table.getKey(), column))) {
                        query.setString(1, "%" + needle + "%");
                        try (ResultSet rs = query.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(table.getKey() + "." + column);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private int noticesFor(List<String> tasks) throws SQLException {
        return count("select count(*) from deadline_notice where task_id::text = any(string_to_array(?, ','))",
                String.join(",", tasks));
    }

    private int count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void awaitTrue(Callable<Boolean> condition) {
        await().atMost(PATIENCE).until(condition);
    }

    /**
     * Creates a task once task-service has learnt the partner it names from the events sent before: until then the
     * partner is unknown (422); any other answer ends the wait.
     */
    private String awaitCreated(Map<String, Object> body) {
        Response created = await().atMost(PATIENCE).until(
                () -> given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/networks/{n}/tasks", network),
                response -> response.statusCode() != 422);
        assertEquals(201, created.statusCode(), "task not created: " + created.body().asString());
        return created.jsonPath().getString("id");
    }
}
