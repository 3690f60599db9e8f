package de.netzwerk.task.inbox;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.KafkaEvents;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consumers of partner-events and engagement-events, through Kafka: effects, dead letters, and going on. */
@QuarkusTest
class ConsumersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = Partners.freshNetwork();
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
    void aRegisteredPartnerWithABandIsSuggestedAndWhenTheyLeaveTheirTasksAreFlagged() throws Exception {
        String anna = UUID.randomUUID().toString();
        String task = Tasks.create(network, "title", "Zukunftswerkstatt moderieren", "tags", List.of("moderation"));
        events.partner(UUID.randomUUID(), "partner-registered.v1", anna, Partners.registered(network, anna, List.of("moderation")));
        events.engagement(UUID.randomUUID(), "band-changed.v1", anna, Partners.bandChanged(network, anna, "WATCH", 55));

        await(() -> suggestions(task), body -> "WATCH".equals(body.getString("items.find { it.partnerId == '" + anna + "' }.band")));

        Tasks.update(network, task, Map.of("assigneeId", anna));
        events.partner(UUID.randomUUID(), "partner-left.v1", anna, Partners.left(network, anna));

        await(() -> given().auth().oauth2(DevTokens.coordinator(network))
                        .get("/api/v1/networks/{n}/tasks/{t}", network, task).then().extract().jsonPath(),
                body -> body.getBoolean("needsReassignment"));
    }

    @Test
    void aPartnerWhoObjectsToScoringLosesTheirBandUntilScoringResumesAndPublishesOneAgain() throws Exception {
        String anna = UUID.randomUUID().toString();
        String task = Tasks.create(network, "title", "Zukunftswerkstatt moderieren", "tags", List.of("moderation"));
        events.partner(UUID.randomUUID(), "partner-registered.v1", anna, Partners.registered(network, anna, List.of("moderation")));
        events.engagement(UUID.randomUUID(), "band-changed.v1", anna, Partners.bandChanged(network, anna, "AT_RISK", 30));
        await(() -> suggestions(task), body -> "AT_RISK".equals(bandOf(body, anna)));

        events.engagement(UUID.randomUUID(), "scoring-stopped.v1", anna, Partners.scoringStopped(network, anna));
        await(() -> suggestions(task), body -> body.getList("items.partnerId").contains(anna) && bandOf(body, anna) == null);

        events.engagement(UUID.randomUUID(), "band-changed.v1", anna, Partners.bandChanged(network, anna, "ENGAGED", 81));
        await(() -> suggestions(task), body -> "ENGAGED".equals(bandOf(body, anna)));
    }

    @Test
    void unprocessableEventsGoToTheDeadLetterTopicWithTheirReasonAndTheNextEventIsProcessed() throws Exception {
        UUID unreadable = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID unknownVersion = UUID.randomUUID();
        UUID badBand = UUID.randomUUID();
        String partner = UUID.randomUUID().toString();
        String bareMarker = UUID.randomUUID().toString();
        events.partner(unreadable, "partner-registered.v1", partner, "{\"networkId\": ");
        events.partner(invalid, "partner-registered.v1", partner, "{\"networkId\":\"" + network + "\",\"status\":\"ACTIVE\"}");
        events.partner(unknownVersion, "partner-left.v2", partner, "{}");
        events.bare("partner-events", partner, "{\"marker\":\"" + bareMarker + "\"}");
        events.engagement(badBand, "band-changed.v1", partner, Partners.bandChanged(network, partner, "SLEEPY", 50));
        events.partner(UUID.randomUUID(), "partner-registered.v1", partner, Partners.registered(network, partner, List.of("moderation")));
        String task = Tasks.create(network, "tags", List.of("moderation"));

        await(() -> suggestions(task), body -> body.getList("items.partnerId").contains(partner));

        try (TopicReader reader = new TopicReader(bootstrapServers, "task-service.partner-events.dlq")) {
            List<ConsumerRecord<String, String>> deadLetters = reader.readUntil(
                    record -> record.value().contains(bareMarker), PATIENCE);
            assertThat(reasonFor(deadLetters, unreadable), containsString("cannot be read"));
            assertThat(reasonFor(deadLetters, invalid), containsString("fails validation"));
            assertThat(reasonFor(deadLetters, invalid), containsString("partnerId"));
            assertThat(reasonFor(deadLetters, unknownVersion), containsString("unknown version"));
            ConsumerRecord<String, String> bare = deadLetters.stream()
                    .filter(record -> record.value().contains(bareMarker)).findFirst().orElseThrow();
            assertThat(TopicReader.header(bare, "dead-letter-reason"), containsString("ce_id"));
        }
        try (TopicReader reader = new TopicReader(bootstrapServers, "task-service.engagement-events.dlq")) {
            List<ConsumerRecord<String, String>> deadLetters = reader.readUntil(
                    record -> badBand.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
            assertThat(reasonFor(deadLetters, badBand), containsString("cannot be read"));
        }
    }

    @Test
    void anEventWhoseNetworkDisagreesWithWhatIsKnownGoesToTheDeadLetterTopicAndChangesNothing() throws Exception {
        String anna = UUID.randomUUID().toString();
        String group = UUID.randomUUID().toString();
        String goal = UUID.randomUUID().toString();
        events.partner(UUID.randomUUID(), "partner-registered.v1", anna, Partners.registered(network, anna, List.of("moderation")));
        events.partner(UUID.randomUUID(), "group-created.v1", group, Partners.groupCreated(network, group));
        events.partner(UUID.randomUUID(), "goal-created.v1", goal, Partners.goalCreated(network, goal));
        String task = awaitCreated(network, Map.of("title", "Zukunftswerkstatt moderieren", "tags", List.of("moderation"),
                "assigneeId", anna, "groupId", group, "goalId", goal));
        Map<String, Object> taskBefore = task(network, task).getMap("");

        String other = Partners.freshNetwork();
        String bob = UUID.randomUUID().toString();
        List<UUID> partnerEvents = new ArrayList<>();
        UUID bandThere = UUID.randomUUID();
        try (KafkaEvents stranger = new KafkaEvents(bootstrapServers, other)) {
            partnerEvents.add(stranger.partner("partner-updated.v1", anna, Partners.updated(other, anna, List.of("finanzen"), 7)));
            partnerEvents.add(stranger.partner("partner-left.v1", anna, Partners.left(other, anna)));
            partnerEvents.add(stranger.partner("group-created.v1", group, Partners.groupCreated(other, group)));
            partnerEvents.add(stranger.partner("membership-started.v1", bob, Partners.membershipStarted(other, group, bob)));
            partnerEvents.add(stranger.partner("goal-created.v1", goal, Partners.goalCreated(other, goal)));
            partnerEvents.add(stranger.partner("goal-actor-needs-changed.v1", goal, Partners.goalActorNeedsChanged(other, goal, bob)));
            stranger.engagement(bandThere, "band-changed.v1", anna, Partners.bandChanged(other, anna, "AT_RISK", 10));
            stranger.partner(UUID.randomUUID(), "partner-registered.v1", bob, Partners.registered(other, bob, List.of("moderation")));
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "task-service.partner-events.dlq")) {
            for (UUID deadLetter : partnerEvents) {
                List<ConsumerRecord<String, String>> read = reader.readUntil(hasId(deadLetter), PATIENCE);
                assertThat(reasonFor(read, deadLetter), containsString("network"));
            }
        }
        try (TopicReader reader = new TopicReader(bootstrapServers, "task-service.engagement-events.dlq")) {
            assertThat(reasonFor(reader.readUntil(hasId(bandThere), PATIENCE), bandThere), containsString("network"));
        }
        String theirTask = Tasks.create(other, "title", "Moderation", "tags", List.of("moderation"));
        await(() -> suggestions(other, theirTask), body -> body.getList("items.partnerId").equals(List.of(bob)));

        JsonPath ours = suggestions(network, task);
        assertEquals(List.of(anna), ours.getList("items.partnerId"));
        assertEquals(List.of("moderation"), ours.getList("items[0].matchedExpertise"));
        assertNull(ours.get("items[0].band"));
        assertEquals(taskBefore, task(network, task).getMap(""));
        for (String field : List.of("groupId", "goalId")) {
            given().auth().oauth2(DevTokens.coordinator(other)).contentType(ContentType.JSON)
                    .body(Map.of("title", "Fremdes", field, field.equals("groupId") ? group : goal))
                    .when().post("/api/v1/networks/{n}/tasks", other)
                    .then().statusCode(422).body("errors.field", contains(field));
        }
    }

    /**
     * Creates a task once task-service has learnt what it names from the events sent before: until then it is unknown
     * (422); any other answer ends the wait. Returns its id.
     */
    private static String awaitCreated(String network, Map<String, Object> body) {
        Response created = Awaitility.await().atMost(PATIENCE).until(
                () -> given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/networks/{n}/tasks", network),
                response -> response.statusCode() != 422);
        assertEquals(201, created.statusCode(), "task not created: " + created.body().asString());
        return created.jsonPath().getString("id");
    }

    private static JsonPath task(String network, String task) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Predicate<ConsumerRecord<String, String>> hasId(UUID eventId) {
        return record -> eventId.toString().equals(TopicReader.header(record, "ce_id"));
    }

    private JsonPath suggestions(String task) {
        return suggestions(network, task);
    }

    private static JsonPath suggestions(String network, String task) {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParam("size", 50)
                .get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void await(Callable<JsonPath> read, Predicate<JsonPath> done) {
        Awaitility.await().atMost(PATIENCE).until(read, done::test);
    }

    private static String bandOf(JsonPath suggestions, String partner) {
        return suggestions.getString("items.find { it.partnerId == '" + partner + "' }.band");
    }

    private static String reasonFor(List<ConsumerRecord<String, String>> deadLetters, UUID eventId) {
        ConsumerRecord<String, String> record = deadLetters.stream()
                .filter(candidate -> eventId.toString().equals(TopicReader.header(candidate, "ce_id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Event " + eventId + " is not a dead letter"));
        String reason = TopicReader.header(record, "dead-letter-reason");
        assertTrue(reason != null && !reason.isBlank(), "dead letter without a reason");
        return reason;
    }
}
