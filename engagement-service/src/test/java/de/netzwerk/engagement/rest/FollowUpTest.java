package de.netzwerk.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Follow-up of an alert to its end, the causes across the network, and the events integrations receive. */
@QuarkusTest
class FollowUpTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path SCHEMAS = Path.of("src", "main", "resources", "asyncapi", "schemas");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

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
    void anAlertIsFollowedUpToItsCauseAndTheNetworksCausesAreSummarised() throws Exception {
        String alertId = raiseAbsenceAlert(partner);
        String coordinator = DevTokens.coordinator(network);

        patch(coordinator, alertId, Map.of("status", "ACKNOWLEDGED")).then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        patch(coordinator, alertId, Map.of("status", "CONTACTED")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("contactChannel"));
        patch(coordinator, alertId, Map.of("status", "CONTACTED", "contactChannel", "CALL", "contactedBy", "Petra Jansen"))
                .then().statusCode(200)
                .body("followUp.contactChannel", equalTo("CALL"))
                .body("followUp.contactedBy", equalTo("Petra Jansen"));
        patch(coordinator, alertId, Map.of("status", "RESOLVED")).then().statusCode(400)
                .body("errors.field", contains("cause"));
        patch(coordinator, alertId, Map.of("status", "RESOLVED", "cause", "DISSATISFIED_WITH_NETWORK",
                "note", "Die Treffen sind ihm zu lang.")).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("followUp.cause", equalTo("DISSATISFIED_WITH_NETWORK"));
        patch(coordinator, alertId, Map.of("status", "ACKNOWLEDGED")).then().statusCode(409)
                .contentType("application/problem+json");
        patch(DevTokens.member(network, partner.toString()), alertId, Map.of("status", "DISMISSED")).then().statusCode(403);

        given().auth().oauth2(coordinator).when().get("/api/v1/networks/{n}/alerts/causes", network)
                .then().statusCode(200)
                .body("resolvedByCause.DISSATISFIED_WITH_NETWORK", equalTo(1))
                .body("resolvedByCause.PERSONAL_REASONS", equalTo(0));

        JsonNode resolved = publishedEvent("de.netzwerk.engagement.alert-resolved.v1", alertId);
        assertEquals(Set.of(), schema("alert-resolved.v1.json").validate(resolved));
        assertEquals("DISSATISFIED_WITH_NETWORK", resolved.get("cause").asText());
        JsonNode detected = publishedEvent("de.netzwerk.engagement.disengagement-detected.v1", alertId);
        assertEquals(Set.of(), schema("disengagement-detected.v1.json").validate(detected));
    }

    @Test
    void aContactIsPublishedForTheContactLogOnceInItsVocabularyAndAnOldNameIsReadAsItsNewOne() throws Exception {
        String alertId = raiseAbsenceAlert(partner);
        String coordinator = DevTokens.coordinator(network);
        String contactedAt = "2026-11-20T17:30:00+01:00";

        patch(coordinator, alertId, Map.of("status", "CONTACTED", "contactChannel", "PHONE", "contactedAt", contactedAt))
                .then().statusCode(200).body("followUp.contactChannel", equalTo("CALL"));
        // The same contact given again when the alert is resolved is not a second call.
        patch(coordinator, alertId, Map.of("status", "RESOLVED", "cause", "WORKLOAD", "contactChannel", "CALL",
                "contactedAt", contactedAt)).then().statusCode(200).body("followUp.contactChannel", equalTo("CALL"));

        List<ConsumerRecord<String, String>> contacts = contactsUpToResolution(alertId);
        assertEquals(1, contacts.size());
        ConsumerRecord<String, String> record = contacts.getFirst();
        assertEquals(partner.toString(), record.key());
        assertEquals(partner.toString(), TopicReader.header(record, "ce_subject"));
        assertEquals(network, TopicReader.header(record, "ce_networkid"));
        assertEquals("/netzwerk/engagement-service", TopicReader.header(record, "ce_source"));
        JsonNode contact = json.readTree(record.value());
        assertEquals(Set.of("networkId", "partnerId", "alertId", "channel", "contactedAt", "occasion"),
                Set.copyOf(iterable(contact.fieldNames())));
        assertEquals(network, contact.get("networkId").asText());
        assertEquals(partner.toString(), contact.get("partnerId").asText());
        assertEquals(alertId, contact.get("alertId").asText());
        assertEquals("CALL", contact.get("channel").asText());
        assertEquals(OffsetDateTime.parse(contactedAt).toInstant(), OffsetDateTime.parse(contact.get("contactedAt").asText()).toInstant());
        assertEquals("ALERT_FOLLOW_UP", contact.get("occasion").asText());
    }

    @Test
    void aContactCorrectedWhenTheAlertIsClosedIsPublishedAgain() throws Exception {
        String alertId = raiseAbsenceAlert(partner);
        String coordinator = DevTokens.coordinator(network);

        patch(coordinator, alertId, Map.of("status", "CONTACTED", "contactChannel", "EMAIL"))
                .then().statusCode(200).body("followUp.contactChannel", equalTo("PERSONAL_MAIL"));
        patch(coordinator, alertId, Map.of("status", "CONTACTED", "contactChannel", "PERSONAL_MAIL"))
                .then().statusCode(200);
        patch(coordinator, alertId, Map.of("status", "DISMISSED", "contactChannel", "PERSONAL_MEETING"))
                .then().statusCode(200).body("followUp.contactChannel", equalTo("PERSONAL_MEETING"));

        List<String> channels = contactsUpToResolution(alertId).stream()
                .map(record -> readTree(record.value()).get("channel").asText()).toList();
        assertEquals(List.of("PERSONAL_MAIL", "PERSONAL_MEETING"), channels);
    }

    @Test
    void theApiDocumentNamesTheContactLogsChannelsAndTheDeprecatedAliases() {
        String server = management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
        JsonPath document = given().accept("application/json").when().get(server + "/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("CALL", "VIDEO_CALL", "PERSONAL_MEETING", "PERSONAL_MAIL", "LETTER", "NETWORK_EVENT", "OTHER"),
                document.getList("components.schemas.FollowUpChannel.enum"));
        String description = document.getString("components.schemas.FollowUpChannel.description");
        for (String alias : List.of("PHONE (CALL)", "IN_PERSON (PERSONAL_MEETING)", "VIDEO (VIDEO_CALL)", "EMAIL (PERSONAL_MAIL)")) {
            assertTrue(description.contains(alias), () -> "no " + alias + " in: " + description);
        }
    }

    @Test
    void anUnknownChannelIsRefusedNamingTheField() throws Exception {
        String alertId = raiseAbsenceAlert(partner);

        patch(DevTokens.coordinator(network), alertId, Map.of("status", "CONTACTED", "contactChannel", "FAX"))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("contactChannel"));
    }

    @Test
    void aBandChangeIsPublishedForTaskServiceInTheAgreedShape() throws Exception {
        raiseAbsenceAlert(partner);

        JsonNode changed = publishedEvent("de.netzwerk.engagement.band-changed.v1", partner.toString());

        assertEquals(Set.of(), schema("band-changed.v1.json").validate(changed));
        assertEquals(partner.toString(), changed.get("partnerId").asText());
        assertEquals("AT_RISK", changed.get("band").asText());
        assertEquals(0, changed.get("score").asInt());
        assertEquals(Set.of(), schema("band-changed.v1.json").validate(json.readTree(
                Files.readString(SCHEMAS.resolveSibling("examples").resolve("band-changed.v1.json")))));
    }

    @Test
    void aMemberSeesTheirOwnAlertButNotAnothers() throws Exception {
        String alertId = raiseAbsenceAlert(partner);

        given().auth().oauth2(DevTokens.member(network, partner.toString()))
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, alertId).then().statusCode(200);
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, alertId).then().statusCode(404);
        given().auth().oauth2(DevTokens.member(network, partner.toString()))
                .when().get("/api/v1/networks/{n}/alerts", network).then().statusCode(200)
                .body("items.id", contains(alertId));
    }

    private String raiseAbsenceAlert(UUID who) throws InterruptedException {
        events.attendance(who, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(who, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        List<Map<String, Object>> alerts = Alerts.awaitFor(network, who, found -> !found.isEmpty(), PATIENCE);
        return (String) alerts.getFirst().get("id");
    }

    private io.restassured.response.Response patch(String token, String alertId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .header("If-Match", Alerts.etag(network, alertId))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, alertId);
    }

    private JsonNode publishedEvent(String type, String marker) throws Exception {
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(record ->
                    type.equals(TopicReader.header(record, "ce_type")) && record.value().contains(marker), PATIENCE);
            ConsumerRecord<String, String> record = records.stream()
                    .filter(candidate -> type.equals(TopicReader.header(candidate, "ce_type")) && candidate.value().contains(marker))
                    .findFirst().orElseThrow();
            assertEquals(network, TopicReader.header(record, "ce_networkid"));
            return json.readTree(record.value());
        }
    }

    /**
     * The partner-contacted events of the alert, read up to its alert-resolved: that comes later on the same partition
     * (both keyed by the partner), so every contact the follow-up published before it has been read.
     */
    private List<ConsumerRecord<String, String>> contactsUpToResolution(String alertId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            return reader.readUntil(record -> "de.netzwerk.engagement.alert-resolved.v1".equals(TopicReader.header(record, "ce_type"))
                            && record.value().contains(alertId), PATIENCE).stream()
                    .filter(record -> "de.netzwerk.engagement.partner-contacted.v1".equals(TopicReader.header(record, "ce_type"))
                            && record.value().contains(alertId))
                    .toList();
        }
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new java.util.ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

    private static JsonSchema schema(String file) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMAS.resolve(file)), config);
    }
}
