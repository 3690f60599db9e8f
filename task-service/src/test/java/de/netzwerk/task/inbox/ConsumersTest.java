package de.netzwerk.task.inbox;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.KafkaEvents;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
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

        await(() -> suggestions(task), body -> "WATCH".equals(body.getString("find { it.partnerId == '" + anna + "' }.band")));

        Tasks.update(network, task, java.util.Map.of("assigneeId", anna));
        events.partner(UUID.randomUUID(), "partner-left.v1", anna, Partners.left(network, anna));

        await(() -> given().auth().oauth2(DevTokens.coordinator(network))
                        .get("/api/v1/networks/{n}/tasks/{t}", network, task).then().extract().jsonPath(),
                body -> body.getBoolean("needsReassignment"));
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

        await(() -> suggestions(task), body -> body.getList("partnerId").contains(partner));

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

    private JsonPath suggestions(String task) {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParam("limit", 50)
                .get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void await(java.util.function.Supplier<JsonPath> read, Predicate<JsonPath> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.test(read.get())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not seen within " + PATIENCE + ": " + read.get().prettify());
            }
            Thread.sleep(100);
        }
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
