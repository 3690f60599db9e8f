package de.netzwerk.task.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import de.netzwerk.task.deadline.Threshold;
import de.netzwerk.task.service.DeadlineClock;
import de.netzwerk.task.service.DeadlineNotices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A coordinator enters last month's work: the task is judged by the dates entered, not by the day of entry. */
@QuarkusTest
class TaskHistoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.now(BERLIN);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeadlineClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = Partners.freshNetwork();
    private final String anna = Partners.active(network);

    @Test
    void aTaskEnteredWithItsPastAssignmentIsPublishedAsAssignedThen() throws Exception {
        OffsetDateTime assignedAt = OffsetDateTime.now(BERLIN).minusDays(30).withNano(0);

        String task = Tasks.create(network, "assigneeId", anna, "assignedAt", assignedAt.toString(),
                "dueDate", TODAY.plusDays(5).toString());

        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().body("assignedAt", equalTo(assignedAt.toString()));
        assertEquals(assignedAt.toInstant(),
                OffsetDateTime.parse(published("task-assigned.v1", task).get("occurredAt").asText()).toInstant());
    }

    @Test
    void aTaskEnteredAsDoneIsLateOrOnTimeByItsOwnDates() throws Exception {
        String late = Tasks.create(network, "assigneeId", anna, "assignedAt", OffsetDateTime.now(BERLIN).minusDays(40).toString(),
                "dueDate", TODAY.minusDays(20).toString(), "status", "DONE", "completedOn", TODAY.minusDays(15).toString());
        String onTime = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(10).toString(),
                "status", "DONE", "completedOn", TODAY.minusDays(12).toString());

        JsonNode lateCompletion = published("task-completed.v1", late);
        assertEquals(false, lateCompletion.get("onTime").asBoolean());
        assertEquals(5, lateCompletion.get("daysLate").asInt());
        assertEquals(TODAY.minusDays(15).toString(), lateCompletion.get("completedOn").asText());
        JsonNode onTimeCompletion = published("task-completed.v1", onTime);
        assertEquals(true, onTimeCompletion.get("onTime").asBoolean());
        assertEquals(0, onTimeCompletion.get("daysLate").asInt());
        // Without an assignment time, the task counts as assigned on the day it was done, never after it.
        assertEquals(TODAY.minusDays(12), OffsetDateTime.parse(published("task-assigned.v1", onTime).get("occurredAt")
                .asText()).atZoneSameInstant(BERLIN).toLocalDate());
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/tasks/{t}", network, late)
                .then().body("status", equalTo("DONE")).body("overdue", equalTo(false))
                .body("completedOn", equalTo(TODAY.minusDays(15).toString()));
    }

    @Test
    void aTaskEnteredAsDoneGetsNoDeadlineNoticesAndAnOpenOneLongOverdueGetsOneNotABurst() {
        Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(20).toString(),
                "status", "DONE", "completedOn", TODAY.minusDays(18).toString());
        String longOverdue = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(20).toString());
        String overdue = Tasks.create(network, "assigneeId", anna, "dueDate", TODAY.minusDays(5).toString());

        assertEquals(Map.of(longOverdue, List.of(Threshold.ESCALATION), overdue, List.of(Threshold.OVERDUE)),
                ownNotices(clock.scanAt(Instant.now())));
        assertEquals(Map.of(), ownNotices(clock.scanAt(Instant.now())), "a second scan repeats nothing");
    }

    @Test
    void aPastThatCannotHaveHappenedIsRefusedNamingTheFieldAndNothingIsStored() {
        String tomorrow = TODAY.plusDays(1).toString();
        refused(Map.of("assigneeId", anna, "assignedAt", OffsetDateTime.now(BERLIN).plusDays(1).toString()), "assignedAt");
        refused(Map.of("assignedAt", OffsetDateTime.now(BERLIN).minusDays(1).toString()), "assignedAt");
        refused(Map.of("assigneeId", anna, "status", "DONE", "completedOn", tomorrow), "completedOn");
        refused(Map.of("assigneeId", anna, "completedOn", TODAY.minusDays(1).toString()), "completedOn");
        refused(Map.of("assigneeId", anna, "assignedAt", OffsetDateTime.now(BERLIN).minusDays(3).toString(),
                "status", "DONE", "completedOn", TODAY.minusDays(5).toString()), "completedOn");
        refused(Map.of("status", "CANCELLED"), "status");

        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    private void refused(Map<String, Object> fields, String field) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("title", "Nachgetragen");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private Map<String, List<Threshold>> ownNotices(List<DeadlineNotices.Notice> notices) {
        Map<String, List<Threshold>> own = new HashMap<>();
        notices.stream().filter(notice -> notice.task().networkId.equals(network)).forEach(notice -> own
                .computeIfAbsent(notice.task().id.toString(), id -> new java.util.ArrayList<>()).add(notice.threshold()));
        return own;
    }

    private JsonNode published(String eventType, String task) throws Exception {
        String type = "de.netzwerk.task." + eventType;
        try (TopicReader reader = new TopicReader(bootstrapServers, "task-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(record -> about(record, type, task),
                    Duration.ofSeconds(30)).stream().filter(record -> about(record, type, task)).toList();
            assertEquals(1, records.size(), eventType + " records about task " + task);
            return json.readTree(records.getFirst().value());
        }
    }

    private static boolean about(ConsumerRecord<String, String> record, String type, String task) {
        return type.equals(TopicReader.header(record, "ce_type")) && record.value().contains(task);
    }
}
