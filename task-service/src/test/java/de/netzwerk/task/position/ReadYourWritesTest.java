package de.netzwerk.task.position;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.KafkaEvents;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A task for a partner just registered in partner-service: with the position partner-service answered, the task is
 * created, without guessing how long the registration takes to arrive; and the new task's position is answered in
 * turn.
 */
@QuarkusTest
class ReadYourWritesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private String registration;

    /**
     * A fresh test broker creates task-events on its first record, which takes longer than a write waits for its
     * position; in production the topic exists.
     */
    @BeforeEach
    void taskEventsExists() {
        eventAbout(Tasks.create(network, "assigneeId", Partners.active(network)));
    }

    @Test
    void aTaskForAPartnerJustRegisteredIsCreatedReadingAfterTheRegistration() {
        String partner = registeredInPartnerService();

        createTask(partner, Map.of("Netzwerk-Read-After", registration))
                .then().statusCode(201).body("assigneeId", equalTo(partner));
    }

    @Test
    void theNewTasksPositionIsAnsweredWhenPreferred() {
        String partner = registeredInPartnerService();

        Response created = createTask(partner, Map.of("Netzwerk-Read-After", registration, "Prefer", "position"));

        created.then().statusCode(201).header("Preference-Applied", "position");
        ConsumerRecord<String, String> assigned = eventAbout(created.path("id"));
        assertEquals("task-events:" + assigned.partition() + ":" + assigned.offset(), created.header("Netzwerk-Position"));
    }

    private String registeredInPartnerService() {
        String partner = UUID.randomUUID().toString();
        try (KafkaEvents events = new KafkaEvents(bootstrapServers, network)) {
            events.partner("partner-registered.v1", partner, Partners.registered(network, partner, List.of()));
            registration = events.lastPosition();
        }
        return partner;
    }

    private Response createTask(String assignee, Map<String, String> headers) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .headers(headers)
                .body(Map.of("title", "Flyer in Leichter Sprache", "assigneeId", assignee))
                .when().post("/api/v1/networks/{n}/tasks", network);
    }

    private ConsumerRecord<String, String> eventAbout(String task) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "task-events")) {
            return reader.readUntil(record -> record.value().contains(task), PATIENCE).stream()
                    .filter(record -> record.value().contains(task)).reduce((first, second) -> second).orElseThrow();
        }
    }
}
