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
import io.restassured.response.Response;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * task-service's part of a partner's personal-data export (issue 14, item 1), through Kafka: partner-service's
 * personal-data-export-requested on partner-events is answered once with personal-data-exported on
 * personal-data-exports, keyed by the export, holding what task-service keeps about the partner and nothing about
 * anyone else; an erased partner's part says so, a partner of another network is refused.
 */
@QuarkusTest
class PersonalDataExportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "personal-data-exports";
    private static final String EXPORTED = "de.netzwerk.task.personal-data-exported.v1";

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
    void aPartnersPartHoldsTheirReplicaBandTasksInEachStatusAndNoticesAndNothingOfAnyoneElseOnce() throws Exception {
        String anna = UUID.randomUUID().toString();
        events.partner("partner-registered.v1", anna, registered(anna, "kiezradio", "Räume im Hinterhof"));
        events.engagement(UUID.randomUUID(), "band-changed.v1", anna, Partners.bandChanged(network, anna, "WATCH", 55));
        String ben = Partners.active(network, "moderation");
        String group = Partners.group(network);
        String goal = Partners.goal(network);

        String doneLate = awaitCreated(Map.of("title", "Stadtteilzeitung verteilen", "assigneeId", anna,
                "dueDate", today.minusDays(3).toString()));
        Tasks.update(network, doneLate, Map.of("status", "DONE"));
        String overdue = Tasks.create(network, "title", "Plakate aufhängen", "assigneeId", anna,
                "dueDate", today.minusDays(2).toString());
        String inProgress = Tasks.create(network, "title", "Flyer gestalten", "description", "In Leichter Sprache",
                "assigneeId", anna, "groupId", group, "goalId", goal, "size", "M", "tags", List.of("gestaltung"),
                "dueDate", today.plusDays(2).toString());
        Tasks.update(network, inProgress, Map.of("status", "IN_PROGRESS"));
        String cancelled = Tasks.create(network, "title", "Aktionstag vorbereiten", "assigneeId", anna);
        Tasks.update(network, cancelled, Map.of("status", "CANCELLED", "cancelReason", "Der Aktionstag fällt aus."));
        String givenAway = Tasks.create(network, "title", "Raum buchen", "assigneeId", anna,
                "dueDate", today.minusDays(1).toString());
        Tasks.update(network, givenAway, Map.of("assigneeId", ben));
        String bens = Tasks.create(network, "title", "Protokoll schreiben", "assigneeId", ben,
                "dueDate", today.minusDays(4).toString());
        clock.scanAt(Instant.now());
        awaitTrue(() -> count("select count(*) from partner_band where partner_id = ?::uuid", anna) == 1);

        UUID exportId = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        String requested = exportRequested(network, anna, exportId);
        events.partner(request, "personal-data-export-requested.v1", anna, requested);
        JsonNode part = partOf(exportId, anna).get("part");

        assertFalse(part.get("erased").asBoolean());
        assertEquals("ACTIVE", part.at("/partner/status").asText());
        assertEquals(List.of("kiezradio"), texts(part.at("/partner/expertise")));
        assertTrue(part.at("/partner/offers").isMissingNode(), part.get("partner").toString());
        assertFalse(part.toString().toLowerCase(Locale.ROOT).contains("hinterhof"), "the words of their offer are not kept");
        assertEquals("WATCH", part.at("/engagementBand/band").asText());
        assertEquals(55, part.at("/engagementBand/score").asInt());

        Map<String, JsonNode> tasks = byId(part.get("tasks"), "taskId");
        assertEquals(Set.of(doneLate, overdue, inProgress, cancelled), tasks.keySet(),
                "only the partner's own tasks, not the one given to someone else nor another partner's");
        assertEquals("DONE", tasks.get(doneLate).get("status").asText());
        assertEquals(today.toString(), tasks.get(doneLate).get("completedOn").asText());
        assertEquals(3, tasks.get(doneLate).get("daysLate").asInt());
        assertEquals("OPEN", tasks.get(overdue).get("status").asText());
        assertEquals(2, tasks.get(overdue).get("daysLate").asInt());
        JsonNode working = tasks.get(inProgress);
        assertEquals("IN_PROGRESS", working.get("status").asText());
        assertEquals("Flyer gestalten", working.get("title").asText());
        assertEquals("In Leichter Sprache", working.get("description").asText());
        assertEquals(group, working.get("groupId").asText());
        assertEquals(goal, working.get("goalId").asText());
        assertEquals(today.plusDays(2).toString(), working.get("dueDate").asText());
        assertEquals(0, working.get("daysLate").asInt());
        assertFalse(working.get("assignedAt").isNull());
        assertEquals("CANCELLED", tasks.get(cancelled).get("status").asText());
        assertEquals("Der Aktionstag fällt aus.", tasks.get(cancelled).get("cancelReason").asText());
        assertTrue(tasks.get(cancelled).get("daysLate").isNull());

        Map<String, JsonNode> notices = byId(part.get("deadlineNotices"), "taskId");
        assertEquals(Set.of(overdue, inProgress), notices.keySet(), "not the notices about " + bens + " or " + givenAway);
        assertEquals("OVERDUE", notices.get(overdue).get("threshold").asText());
        assertEquals("DUE_SOON", notices.get(inProgress).get("threshold").asText());
        assertFalse(part.toString().contains(ben), "nothing names the other partner");

        events.partner(request, "personal-data-export-requested.v1", anna, requested);
        UUID later = UUID.randomUUID();
        events.partner("personal-data-export-requested.v1", anna, exportRequested(network, anna, later));
        partOf(later, anna);
        assertEquals(1, everyPartOf(exportId).size(), "parts of export " + exportId + " after its redelivery");
    }

    @Test
    void anErasedPartnersPartSaysErasedAndOneNeverHeardOfListsNothing() throws Exception {
        String anna = Partners.active(network, "moderation");
        Tasks.create(network, "title", "Plakate aufhängen", "assigneeId", anna);
        events.partner("partner-erased.v1", anna, """
                {"networkId":"%s","partnerId":"%s","erasureId":"%s","erasedAt":"%s"}"""
                .formatted(network, anna, UUID.randomUUID(), OffsetDateTime.now()));
        awaitTrue(() -> count("select count(*) from partner where id = ?::uuid", anna) == 0);
        String stranger = UUID.randomUUID().toString();

        UUID erasedExport = UUID.randomUUID();
        events.partner("personal-data-export-requested.v1", anna, exportRequested(network, anna, erasedExport));
        UUID unknownExport = UUID.randomUUID();
        events.partner("personal-data-export-requested.v1", stranger, exportRequested(network, stranger, unknownExport));

        JsonNode erased = partOf(erasedExport, anna).get("part");
        assertTrue(erased.get("erased").asBoolean());
        assertTrue(erased.get("partner").isNull());
        assertTrue(erased.get("engagementBand").isNull());
        assertEquals(0, erased.get("tasks").size());
        assertEquals(0, erased.get("deadlineNotices").size());
        JsonNode unknown = partOf(unknownExport, stranger).get("part");
        assertFalse(unknown.get("erased").asBoolean());
        assertTrue(unknown.get("partner").isNull());
        assertEquals(0, unknown.get("tasks").size());
    }

    @Test
    void aRequestNamingThePartnerInAnotherNetworkGoesToTheDeadLetterTopicAndExportsNothing() throws Exception {
        String anna = Partners.active(network, "moderation");
        Tasks.create(network, "title", "Plakate aufhängen", "assigneeId", anna);
        String other = Partners.freshNetwork();
        UUID exportId = UUID.randomUUID();
        UUID misplaced = UUID.randomUUID();
        try (KafkaEvents stranger = new KafkaEvents(bootstrapServers, other)) {
            stranger.partner(misplaced, "personal-data-export-requested.v1", anna, exportRequested(other, anna, exportId));
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "task-service.partner-events.dlq")) {
            ConsumerRecord<String, String> deadLetter = reader.readUntil(
                    record -> misplaced.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE).getLast();
            assertThat(TopicReader.header(deadLetter, "dead-letter-reason"), containsString("network"));
        }
        assertEquals(0, everyPartOf(exportId).size(), "parts of export " + exportId);
    }

    private String registered(String partner, String tag, String offers) {
        return """
                {"networkId":"%s","partnerId":"%s","kind":"PERSON","sector":"VOLUNTEERS","status":"ACTIVE",
                 "expertise":["%s"],"offers":"%s","registeredAt":"2026-09-14T10:12:03+02:00"}"""
                .formatted(network, partner, tag, offers);
    }

    private static String exportRequested(String network, String partner, UUID exportId) {
        return """
                {"networkId":"%s","partnerId":"%s","exportId":"%s","requestedAt":"%s"}"""
                .formatted(network, partner, exportId, OffsetDateTime.now());
    }

    /**
     * The part of the export once it is on the topic: a CloudEvent keyed by the export, about the partner, matching
     * the published schema.
     */
    private JsonNode partOf(UUID exportId, String partner) throws Exception {
        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            ConsumerRecord<String, String> record = reader.readUntil(
                    candidate -> exportId.toString().equals(candidate.key()), PATIENCE).stream()
                    .filter(candidate -> exportId.toString().equals(candidate.key())).findFirst().orElseThrow();
            assertEquals(EXPORTED, TopicReader.header(record, "ce_type"));
            assertEquals(partner, TopicReader.header(record, "ce_subject"));
            assertEquals(network, TopicReader.header(record, "ce_networkid"));
            assertEquals("/netzwerk/task-service", TopicReader.header(record, "ce_source"));
            JsonNode payload = json.readTree(record.value());
            assertEquals(Set.of(), EventSchemas.violations("personal-data-exported.v1", payload));
            assertEquals(partner, payload.get("partnerId").asText());
            assertEquals(exportId.toString(), payload.get("exportId").asText());
            assertEquals("task-service", payload.get("service").asText());
            return payload;
        }
    }

    /**
     * Every record of the export on the topic, read to its end once the outbox has published everything written so
     * far: no part still on its way can be missed.
     */
    private List<ConsumerRecord<String, String>> everyPartOf(UUID exportId) throws Exception {
        awaitTrue(() -> count("select count(*) from outbox_event where topic = ?", TOPIC) == 0);
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(PATIENCE);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + TOPIC + " to its end within " + PATIENCE);
                }
                StreamSupport.stream(consumer.poll(Duration.ofMillis(200)).spliterator(), false)
                        .filter(record -> exportId.toString().equals(record.key()))
                        .forEach(found::add);
            }
            return found;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The array's items by the given id field; fails if an id appears twice. */
    private static Map<String, JsonNode> byId(JsonNode array, String field) {
        Map<String, JsonNode> items = new HashMap<>();
        array.forEach(item -> assertEquals(null, items.put(item.get(field).asText(), item), "twice: " + item));
        return items;
    }

    private int count(String sql, String parameter) throws Exception {
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
