package de.netzwerk.task.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import de.netzwerk.task.service.DeadlineClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What task-service really publishes conforms to the schemas it documents, as CloudEvents keyed by the owner. */
@QuarkusTest
class TaskEventsContractTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeadlineClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = Partners.freshNetwork();

    @Test
    void completingLateReportsTheDaysLate() throws Exception {
        String anna = Partners.active(network);
        String task = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(3).toString());

        Tasks.update(network, task, Map.of("status", "DONE"));

        JsonNode completed = published("task-completed.v1", task, anna);
        assertEquals(false, completed.get("onTime").asBoolean());
        assertEquals(3, completed.get("daysLate").asInt());
        assertEquals(TODAY.toString(), completed.get("completedOn").asText());
    }

    @Test
    void completingOnTimeReportsNoDaysLate() throws Exception {
        String anna = Partners.active(network);
        String task = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.plusDays(1).toString());

        Tasks.update(network, task, Map.of("status", "DONE"));

        JsonNode completed = published("task-completed.v1", task, anna);
        assertEquals(true, completed.get("onTime").asBoolean());
        assertEquals(0, completed.get("daysLate").asInt());
    }

    @Test
    void assigningReassigningReschedulingAndCancellingArePublished() throws Exception {
        String anna = Partners.active(network);
        String ben = Partners.active(network);
        String goal = Partners.goal(network);
        String task = Tasks.create(network, "assigneeId", anna, "goalId", goal, "dueDate", TODAY.minusDays(1).toString());
        Tasks.update(network, task, Map.of("assigneeId", ben));
        Tasks.update(network, task, Map.of("dueDate", TODAY.plusDays(10).toString()));
        String unowned = Tasks.create(network, "title", "Ohne Zuständige");
        Tasks.update(network, unowned, Map.of("status", "CANCELLED", "cancelReason", "Doppelt angelegt"));

        assertEquals(goal, published("task-assigned.v1", task, anna).get("goalId").asText());
        assertEquals(anna, published("task-reassigned.v1", task, ben).get("previousPartnerId").asText());
        JsonNode rescheduled = published("task-rescheduled.v1", task, ben);
        assertEquals(TODAY.minusDays(1).toString(), rescheduled.get("previousDueDate").asText());
        assertEquals(false, rescheduled.get("overdue").asBoolean());
        JsonNode cancelled = published("task-cancelled.v1", unowned, unowned);
        assertTrue(cancelled.get("partnerId").isNull());
        assertFalse(cancelled.has("reason"), "the cancel reason is free text and stays in task-service");
    }

    @Test
    void theDeadlineClocksNoticesArePublished() throws Exception {
        String anna = Partners.active(network);
        String soon = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.plusDays(3).toString());
        String late = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(2).toString());
        // Entered 14 days after its deadline: one notice, the escalation, not the overdue notice it missed as well.
        String escalated = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(14).toString());

        clock.scanAt(Instant.now());

        assertEquals(3, published("task-due-soon.v1", soon, anna).get("daysLeft").asInt());
        JsonNode overdue = published("task-overdue.v1", late, anna);
        assertEquals(false, overdue.get("escalation").asBoolean());
        assertEquals(2, overdue.get("daysOverdue").asInt());
        JsonNode escalation = published("task-overdue.v1", escalated, anna);
        assertEquals(true, escalation.get("escalation").asBoolean());
        assertEquals(14, escalation.get("daysOverdue").asInt());
    }

    @Test
    void anOwnerWhoLeavesHasTheirOpenTasksFlaggedForReassignment() throws Exception {
        String anna = Partners.active(network);
        String open = Tasks.create(network, "assigneeId", anna);
        String done = Tasks.create(network, "assigneeId", anna);
        Tasks.update(network, done, Map.of("status", "DONE"));

        Partners.leave(network, anna);

        assertEquals("PARTNER_LEFT", published("task-reassignment-needed.v1", open, anna).get("reason").asText());
        io.restassured.RestAssured.given().auth().oauth2(de.netzwerk.infra.DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, open)
                .then().body("needsReassignment", org.hamcrest.Matchers.equalTo(true));
        io.restassured.RestAssured.given().auth().oauth2(de.netzwerk.infra.DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, done)
                .then().body("needsReassignment", org.hamcrest.Matchers.equalTo(false));
    }

    /** The one record of this type about this task: a CloudEvent keyed by {@code key}, matching its schema. */
    private JsonNode published(String eventType, String task, String key) throws Exception {
        List<JsonNode> payloads = publishedAll(eventType, task, key, "");
        assertEquals(1, payloads.size(), eventType + " records about task " + task);
        return payloads.getFirst();
    }

    /** Every record of this type about this task, read until one containing {@code last} has arrived. */
    private List<JsonNode> publishedAll(String eventType, String task, String key, String last) throws Exception {
        String type = "de.netzwerk.task." + eventType;
        try (TopicReader reader = new TopicReader(bootstrapServers, "task-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    record -> about(record, type, task) && record.value().contains(last), Duration.ofSeconds(30))
                    .stream().filter(record -> about(record, type, task)).toList();
            List<JsonNode> payloads = new java.util.ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                assertEquals(key, record.key());
                assertEquals(key, TopicReader.header(record, "ce_subject"));
                assertEquals("/netzwerk/task-service", TopicReader.header(record, "ce_source"));
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
                assertNotNull(UUID.fromString(TopicReader.header(record, "ce_id")));
                assertNotNull(OffsetDateTime.parse(TopicReader.header(record, "ce_time")));
                JsonNode payload = json.readTree(record.value());
                assertEquals(Set.of(), EventSchemas.violations(eventType, payload));
                assertEquals(task, payload.get("taskId").asText());
                assertEquals(network, payload.get("networkId").asText());
                payloads.add(payload);
            }
            return payloads;
        }
    }

    private static boolean about(ConsumerRecord<String, String> record, String type, String task) {
        return type.equals(TopicReader.header(record, "ce_type")) && record.value().contains(task);
    }
}
