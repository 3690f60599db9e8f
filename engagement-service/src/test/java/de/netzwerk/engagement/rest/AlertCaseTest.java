package de.netzwerk.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Issue 13, item 4: the rules that hold for a partner at the same time are one case with several reasons and one
 * follow-up — a coordinator calls once.
 */
@QuarkusTest
class AlertCaseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path SCHEMAS = Path.of("src", "main", "resources", "asyncapi", "schemas");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
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
    void twoAbsencesAfterPerfectAttendanceAreOneCaseThatOneFollowUpCloses() throws Exception {
        for (int daysAgo : new int[] { 90, 80, 70, 60, 50, 40 }) {
            events.attendance(partner, group, UUID.randomUUID(), daysAgo(daysAgo), "PRESENT");
        }
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");

        List<Map<String, Object>> alerts = Alerts.awaitFor(network, partner,
                found -> rules(found).containsAll(Set.of("ABSENCE_STREAK", "SCORE_DROP")), PATIENCE);
        assertEquals(1, alerts.stream().map(alert -> alert.get("caseId")).distinct().count(), "one case: " + alerts);
        String caseId = (String) alerts.getFirst().get("caseId");
        JsonPath inGerman = given().auth().oauth2(coordinator()).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                .when().get("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).body("partnerId", equalTo(partner.toString())).body("status", equalTo("OPEN"))
                .extract().jsonPath();
        assertEquals(Set.of("ABSENCE_STREAK", "SCORE_DROP"), Set.copyOf(inGerman.getList("reasons.rule")));
        assertEquals(true, inGerman.getString("suggestedNextStep").startsWith("Zwei Gründe:")
                && inGerman.getString("suggestedNextStep").contains("zwei unentschuldigte Fehltermine in Folge")
                && inGerman.getString("suggestedNextStep").endsWith("ein Anruf klärt beides."), inGerman.getString("suggestedNextStep"));
        assertEquals("step.several-reasons", inGerman.getString("suggestedNextStepCode"));
        given().auth().oauth2(coordinator()).header("Accept-Language", "en")
                .when().get("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).body("suggestedNextStep", startsWith("Two reasons:"))
                .header("Content-Language", "en")
                .body("suggestedNextStepCode", equalTo("step.several-reasons"));

        String absences = idOfRule(alerts, "ABSENCE_STREAK");
        given().auth().oauth2(coordinator()).header("Accept-Language", "de-DE,de;q=0.9")
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, absences)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("code", equalTo("alert.absence-streak"))
                .body("suggestedNextStepCode", equalTo("step.absence-streak"))
                .body("suggestedNextStep", equalTo("Rufen Sie an und fragen Sie, wie es geht und ob etwas an der Gruppe fernhält."));
        given().auth().oauth2(coordinator()).header("Accept-Language", "en-US,en;q=0.9")
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, absences)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("code", equalTo("alert.absence-streak"))
                .body("suggestedNextStepCode", equalTo("step.absence-streak"))
                .body("suggestedNextStep", equalTo("Call them and ask how they are and whether something about the group keeps them away."));
        given().auth().oauth2(coordinator())
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, absences)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("suggestedNextStep", startsWith("Rufen Sie an"));
        given().auth().oauth2(coordinator()).contentType("application/json")
                .body(Map.of("status", "RESOLVED", "cause", "PERSONAL_REASONS", "contactChannel", "CALL"))
                .header("If-Match", Alerts.etag(network, absences))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, absences)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("caseId", equalTo(caseId));

        assertEquals(List.of("RESOLVED", "RESOLVED"), Alerts.of(network, partner).stream().map(alert -> alert.get("status")).toList(),
                "one follow-up closes both reasons");
        given().auth().oauth2(coordinator()).when().get("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("followUp.cause", equalTo("PERSONAL_REASONS"));
        given().auth().oauth2(coordinator()).when().get("/api/v1/networks/{n}/alerts/causes", network)
                .then().statusCode(200).body("resolvedByCause.PERSONAL_REASONS", equalTo(1)).body("open", equalTo(0));
        JsonNode resolved = published("alert-resolved.v1", idOfRule(alerts, "SCORE_DROP"));
        assertEquals(caseId, resolved.get("caseId").asText());
        assertEquals("PERSONAL_REASONS", resolved.get("cause").asText());
        assertEquals(Set.of(), schema("alert-resolved.v1.json").validate(resolved));
        JsonNode detected = published("disengagement-detected.v1", absences);
        assertEquals(caseId, detected.get("caseId").asText());
        assertEquals(Set.of(), schema("disengagement-detected.v1.json").validate(detected));
    }

    @Test
    void aLaterReasonJoinsTheOpenCaseAndAfterItIsClosedANewConditionOpensANewCase() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        String caseId = (String) awaitAlerts(found -> rules(found).contains("ABSENCE_STREAK")).getFirst().get("caseId");
        String version = Alerts.caseEtag(network, caseId);
        String acknowledged = given().auth().oauth2(coordinator()).contentType("application/json")
                .body(Map.of("status", "ACKNOWLEDGED")).header("If-Match", version)
                .when().patch("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED")).extract().header("ETag");

        UUID task = UUID.randomUUID();
        events.taskAssigned(task, partner, daysAgo(30), daysAgo(60));
        events.taskOverdue(task, partner, daysAgo(30));

        Map<String, Object> overdue = ofRule(awaitAlerts(found -> rules(found).contains("TASKS_OVERDUE")), "TASKS_OVERDUE");
        assertEquals(caseId, overdue.get("caseId"), "the new reason joins the case being followed up");
        assertEquals("ACKNOWLEDGED", overdue.get("status"), "and stands where the case stands");
        given().auth().oauth2(coordinator()).contentType("application/json")
                .body(Map.of("status", "ACKNOWLEDGED")).header("If-Match", version)
                .when().patch("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("version.stale.sent"));
        given().auth().oauth2(coordinator()).contentType("application/json")
                .body(Map.of("status", "RESOLVED", "cause", "WORKLOAD")).header("If-Match", acknowledged)
                .when().patch("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("reasons.status", everyItem(equalTo("RESOLVED")));

        events.attendance(partner, group, UUID.randomUUID(), daysAgo(1), "ABSENT");

        List<Map<String, Object>> alerts = awaitAlerts(found -> found.stream().anyMatch(alert -> "OPEN".equals(alert.get("status"))));
        Map<String, Object> longer = alerts.stream().filter(alert -> "OPEN".equals(alert.get("status"))).findFirst().orElseThrow();
        assertNotEquals(caseId, longer.get("caseId"), "the closed case stays closed: a new condition opens a new one");
        given().auth().oauth2(coordinator()).queryParam("partnerId", partner.toString())
                .when().get("/api/v1/networks/{n}/alerts/cases", network)
                .then().statusCode(200).body("items.id", equalTo(List.of(longer.get("caseId"), caseId)))
                .body("items.status", equalTo(List.of("OPEN", "RESOLVED")));
        given().auth().oauth2(coordinator()).when().get("/api/v1/networks/{n}/alerts/causes", network)
                .then().statusCode(200).body("resolvedByCause.WORKLOAD", equalTo(1)).body("open", equalTo(1));
    }

    @Test
    void aCaseNobodyFollowedUpIsWithdrawnWhenTheConditionOfItsLastReasonEnds() throws Exception {
        UUID second = UUID.randomUUID();
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, second, daysAgo(7), "ABSENT");
        String caseId = (String) awaitAlerts(found -> !found.isEmpty()).getFirst().get("caseId");

        events.attendance(partner, group, second, daysAgo(7), "PRESENT", 2);

        awaitAlerts(found -> found.stream().allMatch(alert -> "DISMISSED".equals(alert.get("status"))));
        given().auth().oauth2(coordinator()).when().get("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).body("status", equalTo("DISMISSED")).body("closingReason", equalTo("CONDITION_ENDED"))
                .body("reasons.closingReason", equalTo(List.of("CONDITION_ENDED")));
        given().auth().oauth2(coordinator()).contentType("application/json").body(Map.of("status", "ACKNOWLEDGED"))
                .header("If-Match", Alerts.caseEtag(network, caseId))
                .when().patch("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anotherNetworksCaseIsNotFound() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        String caseId = (String) awaitAlerts(found -> !found.isEmpty()).getFirst().get("caseId");
        String elsewhere = "net-" + UUID.randomUUID().toString().substring(0, 8);

        given().auth().oauth2(DevTokens.coordinator(elsewhere))
                .when().get("/api/v1/networks/{n}/alerts/cases/{c}", elsewhere, caseId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.coordinator(elsewhere)).contentType("application/json")
                .body(Map.of("status", "ACKNOWLEDGED")).header("If-Match", "\"0\"")
                .when().patch("/api/v1/networks/{n}/alerts/cases/{c}", elsewhere, caseId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private String coordinator() {
        return DevTokens.coordinator(network);
    }

    private List<Map<String, Object>> awaitAlerts(Predicate<List<Map<String, Object>>> condition) throws InterruptedException {
        return Alerts.awaitFor(network, partner, condition, PATIENCE);
    }

    private static Set<Object> rules(List<Map<String, Object>> alerts) {
        return Set.copyOf(alerts.stream().map(alert -> alert.get("rule")).toList());
    }

    private static Map<String, Object> ofRule(List<Map<String, Object>> alerts, String rule) {
        return alerts.stream().filter(alert -> rule.equals(alert.get("rule"))).findFirst().orElseThrow();
    }

    private static String idOfRule(List<Map<String, Object>> alerts, String rule) {
        return (String) ofRule(alerts, rule).get("id");
    }

    private JsonNode published(String type, String alertId) throws Exception {
        String ceType = "de.netzwerk.engagement." + type;
        Predicate<ConsumerRecord<String, String>> wanted = record ->
                ceType.equals(TopicReader.header(record, "ce_type")) && record.value().contains(alertId);
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            return json.readTree(reader.readUntil(wanted::test, PATIENCE).stream().filter(wanted).findFirst()
                    .orElseThrow().value());
        }
    }

    private static com.networknt.schema.JsonSchema schema(String file) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(file)), config);
    }
}
