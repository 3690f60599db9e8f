package de.netzwerk.engagement.rule;

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
import io.quarkus.test.junit.QuarkusTest;
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

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 13, item 3: an alert whose condition no longer holds and that nobody follows up yet is withdrawn (kept in
 * the history, closing reason CONDITION_ENDED, published as alert-resolved); one a coordinator follows up stays
 * theirs, marked with the time its condition ended.
 */
@QuarkusTest
class AlertsFollowTheFactsTest {

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
    void silenceIsWithdrawnWhenHistoryEnteredLateShowsThePartnerAttended() throws Exception {
        UUID other = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.membership(other, group, daysAgo(300));
        events.attendance(other, group, meeting, daysAgo(80), "PRESENT");
        events.flush();
        Engagement.await(network, other, found -> Integer.valueOf(100).equals(found.get("score")));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(100), "PRESENT");
        events.flush();
        String alertId = (String) Alerts.awaitFor(network, partner, found -> !ofRule(found, "SILENCE").isEmpty(), PATIENCE)
                .getFirst().get("id");

        events.attendance(partner, group, meeting, daysAgo(80), "PRESENT");
        events.flush();

        Map<String, Object> withdrawn = awaitStatus(alertId, "DISMISSED");
        assertEquals("CONDITION_ENDED", followUp(withdrawn).get("closingReason"));
        assertNotNull(followUp(withdrawn).get("closedAt"));
        assertNull(followUp(withdrawn).get("closedBy"), "no coordinator closed it");
        assertNull(followUp(withdrawn).get("cause"), "it is no finding about the partner");
        assertEquals(List.of(), openAlerts(), "nothing is left to follow up");
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/alerts/causes", network)
                .then().statusCode(200)
                .body("withdrawn", equalTo(1))
                .body("dismissed", equalTo(0))
                .body("resolvedWithoutCause", equalTo(0))
                .body("open", equalTo(0));
        JsonNode resolved = publishedResolution(alertId);
        assertEquals(Set.of(), schema("alert-resolved.v1.json").validate(resolved));
        assertEquals("DISMISSED", resolved.get("outcome").asText());
        assertEquals("CONDITION_ENDED", resolved.get("closingReason").asText());
        assertEquals(Set.of(), schema("alert-resolved.v1.json").validate(json.readTree(Files.readString(
                SCHEMAS.resolveSibling("examples").resolve("alert-resolved-withdrawn.v1.json")))));
    }

    @Test
    void anAlertACoordinatorFollowsUpStaysOpenMarkedConditionEndedUntilTheConditionReturns() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.attendance(partner, group, first, daysAgo(14), "ABSENT");
        events.attendance(partner, group, second, daysAgo(7), "ABSENT");
        String alertId = (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), PATIENCE).getFirst().get("id");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("status", "ACKNOWLEDGED")).header("If-Match", Alerts.etag(network, alertId))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, alertId).then().statusCode(200);

        events.attendance(partner, group, second, daysAgo(7), "PRESENT", 2);

        Map<String, Object> ended = awaitAlert(alertId, alert -> alert.get("conditionEndedAt") != null);
        assertEquals("ACKNOWLEDGED", ended.get("status"), "it is the coordinator's to close");
        assertNull(followUp(ended).get("closingReason"));

        events.attendance(partner, group, second, daysAgo(7), "ABSENT", 3);

        Map<String, Object> back = awaitAlert(alertId, alert -> alert.get("conditionEndedAt") == null);
        assertEquals("ACKNOWLEDGED", back.get("status"));
        assertEquals(1, Alerts.of(network, partner).size(), "the same alert, not a second one");
    }

    @Test
    void aWithdrawnAlertDoesNotHideTheSameConditionWhenItHoldsAgain() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.attendance(partner, group, first, daysAgo(14), "ABSENT");
        events.attendance(partner, group, second, daysAgo(7), "ABSENT");
        String withdrawnId = (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), PATIENCE)
                .getFirst().get("id");
        events.attendance(partner, group, second, daysAgo(7), "PRESENT", 2);
        awaitStatus(withdrawnId, "DISMISSED");

        events.attendance(partner, group, second, daysAgo(7), "ABSENT", 3);

        List<Map<String, Object>> open = Alerts.awaitFor(network, partner,
                found -> found.stream().anyMatch(alert -> "OPEN".equals(alert.get("status"))), PATIENCE);
        Map<String, Object> raised = open.stream().filter(alert -> "OPEN".equals(alert.get("status"))).findFirst().orElseThrow();
        assertEquals(Set.of(first.toString(), second.toString()), Set.copyOf(Alerts.evidenceIds(raised)),
                "nobody had dealt with the withdrawn one");
    }

    @Test
    void aPauseEnteredAfterTheAbsencesItCoversWithdrawsTheirAlert() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        String alertId = (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), PATIENCE).getFirst().get("id");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("startsOn", daysAgo(20).toString(), "until", daysAgo(-30).toString(), "reason", "ILLNESS"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner).then().statusCode(200);

        Map<String, Object> withdrawn = awaitStatus(alertId, "DISMISSED");
        assertEquals("CONDITION_ENDED", followUp(withdrawn).get("closingReason"), "the pause explains the absences");
    }

    private List<Map<String, Object>> openAlerts() {
        return Alerts.of(network, partner).stream()
                .filter(alert -> Set.of("OPEN", "ACKNOWLEDGED", "CONTACTED").contains(alert.get("status"))).toList();
    }

    private static List<Map<String, Object>> ofRule(List<Map<String, Object>> alerts, String rule) {
        return alerts.stream().filter(alert -> rule.equals(alert.get("rule"))).toList();
    }

    private Map<String, Object> awaitStatus(String alertId, String status) throws InterruptedException {
        return awaitAlert(alertId, alert -> status.equals(alert.get("status")));
    }

    private Map<String, Object> awaitAlert(String alertId, java.util.function.Predicate<Map<String, Object>> condition)
            throws InterruptedException {
        return Alerts.awaitFor(network, partner, found -> found.stream()
                        .anyMatch(alert -> alertId.equals(alert.get("id")) && condition.test(alert)), PATIENCE)
                .stream().filter(alert -> alertId.equals(alert.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> followUp(Map<String, Object> alert) {
        return (Map<String, Object>) alert.get("followUp");
    }

    private JsonNode publishedResolution(String alertId) throws Exception {
        String type = "de.netzwerk.engagement.alert-resolved.v1";
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(record ->
                    type.equals(TopicReader.header(record, "ce_type")) && record.value().contains(alertId), PATIENCE);
            ConsumerRecord<String, String> record = records.stream()
                    .filter(candidate -> type.equals(TopicReader.header(candidate, "ce_type"))
                            && candidate.value().contains(alertId))
                    .findFirst().orElseThrow();
            assertEquals(partner.toString(), record.key());
            return json.readTree(record.value());
        }
    }

    private static com.networknt.schema.JsonSchema schema(String file) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(file)), config);
    }
}
