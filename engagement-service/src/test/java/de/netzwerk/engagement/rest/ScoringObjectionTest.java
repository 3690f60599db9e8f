package de.netzwerk.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static de.netzwerk.engagement.Engagement.PATIENCE;
import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's objection to scoring (GDPR Art. 21), with histories sent through Kafka: it stops scoring and alerts at
 * once, a rejection or a withdrawal brings the score back, an upheld objection keeps it gone — after more events and
 * after a replay — and only the partner themselves or a coordinator records it, only a coordinator decides it.
 */
@QuarkusTest
class ScoringObjectionTest {

    private static final String OBJECTION = "/api/v1/networks/{n}/engagement/{p}/scoring-objection";
    private static final String SCORING_STOPPED = "de.netzwerk.engagement.scoring-stopped.v1";
    private static final String BAND_CHANGED = "de.netzwerk.engagement.band-changed.v1";
    private static final Path ASYNCAPI = Path.of("src", "main", "resources", "asyncapi");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
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
    void aMembersObjectionStopsScoringAndAlertsUntilACoordinatorRejectsItWithItsGrounds() throws Exception {
        UUID partner = UUID.randomUUID();
        absentTwice(partner);
        Alerts.awaitFor(network, partner, alerts -> hasOpen(alerts, "ABSENCE_STREAK"), PATIENCE);
        int scoreBefore = Engagement.await(network, partner, found -> found.get("score") != null).getInt("score");

        as(DevTokens.member(network, partner.toString()))
                .body(Map.of("reason", "Ich möchte nicht bewertet werden."))
                .when().post(OBJECTION, network, partner)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/networks/" + network + "/engagement/" + partner + "/scoring-objection"))
                .body("status", equalTo("OPEN"))
                .body("reason", equalTo("Ich möchte nicht bewertet werden."))
                .body("recordedOnBehalf", equalTo(false));

        assertUnscored(partner, "OBJECTED");
        Map<String, Object> withdrawn = Alerts.of(network, partner).getFirst();
        assertEquals("DISMISSED", withdrawn.get("status"), "the alert nobody acted on is withdrawn");
        assertEquals("CONDITION_ENDED", ((Map<?, ?>) withdrawn.get("followUp")).get("closingReason"));
        assertThat(listed(network, null), hasItem(Map.of("partnerId", partner.toString(), "scoring", "OBJECTED")));
        assertThat("not listed as at risk", listed(network, "AT_RISK"),
                not(hasItem(Map.of("partnerId", partner.toString(), "scoring", "OBJECTED"))));
        assertEquals(Map.of("ENGAGED", 0, "WATCH", 0, "AT_RISK", 0, "UNSCORED", 1), membersByBand(group),
                "counted as unscored in their group, not as at risk");

        // Two more absences in another group would raise a streak there and lower the score.
        UUID otherGroup = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        events.membership(partner, otherGroup, daysAgo(100));
        events.attendance(partner, otherGroup, third, daysAgo(9), "ABSENT");
        events.attendance(partner, otherGroup, UUID.randomUUID(), daysAgo(8), "ABSENT");
        awaitAppliedAndAssessed(otherGroup, 2);
        assertUnscored(partner, "OBJECTED");
        assertThat("no alert while objected", Alerts.of(network, partner).stream().filter(ScoringObjectionTest::open).toList(),
                empty());

        as(DevTokens.coordinator(network)).body(Map.of())
                .when().post(OBJECTION, network, partner)
                .then().statusCode(409).contentType("application/problem+json");
        as(DevTokens.member(network, partner.toString()))
                .body(Map.of("status", "REJECTED", "justification", "Ich entscheide selbst."))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(403).contentType("application/problem+json");
        as(DevTokens.coordinator(network)).body(Map.of("status", "REJECTED"))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("justification"));

        as(DevTokens.coordinator(network))
                .body(Map.of("status", "REJECTED", "justification", "Die Patenschaften werden nach der Einschätzung verteilt."))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decidedBy", notNullValue())
                .body("decidedAt", notNullValue());

        JsonPath back = Engagement.await(network, partner,
                found -> "ACTIVE".equals(found.getString("scoring")) && found.get("score") != null);
        assertThat("the facts applied meanwhile count again", back.getInt("score"), org.hamcrest.Matchers.lessThan(scoreBefore));
        assertNotNull(Engagement.entryFor(back, third));
        Alerts.awaitFor(network, partner, alerts -> hasOpen(alerts, "ABSENCE_STREAK"), PATIENCE);
    }

    @Test
    void anUpheldObjectionDeletesTheScoreForGoodAfterMoreEventsAndAfterAReplay() throws Exception {
        UUID partner = UUID.randomUUID();
        absentTwice(partner);
        Alerts.awaitFor(network, partner, alerts -> hasOpen(alerts, "ABSENCE_STREAK"), PATIENCE);

        as(DevTokens.coordinator(network)).body(Map.of("reason", "Am Telefon widersprochen."))
                .when().post(OBJECTION, network, partner)
                .then().statusCode(201).body("recordedOnBehalf", equalTo(true));
        as(DevTokens.coordinator(network)).body(Map.of("status", "UPHELD"))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(200).body("status", equalTo("UPHELD"));
        assertUnscored(partner, "OBJECTION_UPHELD");
        // Once when it was recorded, once when it was upheld.
        published(SCORING_STOPPED, partner, published(SCORING_STOPPED, partner, -1).offset());

        UUID otherGroup = UUID.randomUUID();
        events.membership(partner, otherGroup, daysAgo(100));
        events.attendance(partner, otherGroup, UUID.randomUUID(), daysAgo(9), "ABSENT");
        events.attendance(partner, otherGroup, UUID.randomUUID(), daysAgo(8), "ABSENT");
        awaitAppliedAndAssessed(otherGroup, 2);
        assertUnscored(partner, "OBJECTION_UPHELD");

        given().auth().oauth2(DevTokens.operator()).when().post("/api/v1/engagement-replay").then().statusCode(200);
        Engagement.awaitNoPendingAssessments();
        assertUnscored(partner, "OBJECTION_UPHELD");
        assertThat("no alert after the replay", Alerts.of(network, partner).stream().filter(ScoringObjectionTest::open).toList(),
                empty());

        as(DevTokens.member(network, partner.toString())).body(Map.of())
                .when().post(OBJECTION, network, partner)
                .then().statusCode(409).contentType("application/problem+json");
        as(DevTokens.member(network, partner.toString())).body(Map.of("status", "WITHDRAWN"))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anObjectionTellsOthersToStopUsingTheBandWithoutItsWordsAndARejectionPublishesTheBandAgain() throws Exception {
        UUID partner = UUID.randomUUID();
        absentTwice(partner);
        String band = Engagement.await(network, partner, found -> found.get("band") != null).getString("band");
        String reason = "Meine Pflegezeit geht niemanden etwas an.";

        as(DevTokens.member(network, partner.toString())).body(Map.of("reason", reason))
                .when().post(OBJECTION, network, partner).then().statusCode(201);

        ConsumerRecord<String, String> stopped = published(SCORING_STOPPED, partner, -1);
        JsonNode payload = json.readTree(stopped.value());
        assertEquals(Set.of(), schema("scoring-stopped.v1.json").validate(payload));
        assertEquals(partner.toString(), stopped.key());
        assertEquals(partner.toString(), TopicReader.header(stopped, "ce_subject"));
        assertEquals(network, TopicReader.header(stopped, "ce_networkid"));
        assertEquals(Set.of("networkId", "partnerId", "stoppedAt"), Set.copyOf(fieldNames(payload)));
        assertFalse(stopped.value().contains("Pflegezeit"), "the objection's reason stays in engagement-service");

        as(DevTokens.coordinator(network))
                .body(Map.of("status", "REJECTED", "justification", "Die Patenschaften werden nach der Einschätzung verteilt."))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner).then().statusCode(200);

        // The band was blanked when scoring stopped, so the band computed once it resumes is a change: published again.
        JsonNode again = json.readTree(published(BAND_CHANGED, partner, stopped.offset()).value());
        assertEquals(band, again.get("band").asText());
        assertTrue(again.get("previousBand").isNull(), "after a stop the band is new to whoever deleted it");
    }

    @Test
    void theScoringStoppedExampleConformsToItsSchema() throws Exception {
        JsonNode example = json.readTree(Files.readString(ASYNCAPI.resolve("examples/scoring-stopped.v1.json")));
        assertEquals(Set.of(), schema("scoring-stopped.v1.json").validate(example));
    }

    @Test
    void onlyThePartnerOrACoordinatorObjectsOnlyACoordinatorDecidesAndIntegrationsSeeNoWords() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        presentOnce(partner);
        presentOnce(other);
        Engagement.await(network, partner, found -> found.get("score") != null);
        Engagement.await(network, other, found -> found.get("score") != null);
        String member = DevTokens.member(network, partner.toString());

        as(member).body(Map.of()).when().post(OBJECTION, network, other)
                .then().statusCode(403).contentType("application/problem+json");
        as(DevTokens.integration(network)).body(Map.of()).when().post(OBJECTION, network, partner)
                .then().statusCode(403).contentType("application/problem+json");
        as(DevTokens.coordinator("elsewhere")).body(Map.of()).when().post(OBJECTION, network, partner)
                .then().statusCode(404).contentType("application/problem+json");
        as(DevTokens.coordinator(network)).body(Map.of()).when().post(OBJECTION, network, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        as(member).when().get(OBJECTION, network, partner)
                .then().statusCode(404).contentType("application/problem+json");

        as(member).body(Map.of("reason", "Privat.")).when().post(OBJECTION, network, partner)
                .then().statusCode(201);
        as(member).when().get(OBJECTION, network, other).then().statusCode(403);
        as(DevTokens.integration(network)).when().get(OBJECTION, network, partner)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("reason", nullValue());
        as(DevTokens.integration(network)).body(Map.of("status", "UPHELD"))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(403).contentType("application/problem+json");
        as(DevTokens.integration(network)).queryParam("status", "OPEN")
                .when().get("/api/v1/networks/{n}/engagement/scoring-objections", network)
                .then().statusCode(200)
                .body("items.partnerId", contains(partner.toString()))
                .body("items[0].reason", nullValue());
        as(DevTokens.coordinator(network)).queryParam("status", "OPEN")
                .when().get("/api/v1/networks/{n}/engagement/scoring-objections", network)
                .then().statusCode(200).body("items[0].reason", equalTo("Privat."));
        as(member).when().get("/api/v1/networks/{n}/engagement/scoring-objections", network)
                .then().statusCode(403);
        as(DevTokens.coordinator(network)).body(Map.of("status", "OPEN"))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(400).body("errors.field", contains("status"));

        as(member).body(Map.of("status", "WITHDRAWN")).header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        Engagement.await(network, partner, found -> "ACTIVE".equals(found.getString("scoring")) && found.get("score") != null);
        as(DevTokens.coordinator(network)).queryParam("status", "OPEN")
                .when().get("/api/v1/networks/{n}/engagement/scoring-objections", network)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void anErasureOfThePartnerDeletesTheirObjection() throws Exception {
        UUID partner = UUID.randomUUID();
        presentOnce(partner);
        Engagement.await(network, partner, found -> found.get("score") != null);
        as(DevTokens.member(network, partner.toString())).body(Map.of("reason", "Bitte nicht."))
                .when().post(OBJECTION, network, partner).then().statusCode(201);

        events.partnerErased(partner, UUID.randomUUID());
        events.flush();

        Instant deadline = Instant.now().plus(PATIENCE);
        while (as(DevTokens.coordinator(network)).when().get(OBJECTION, network, partner).statusCode() != 404) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the objection outlived the partner's erasure");
            }
            Thread.sleep(100);
        }
        assertNull(Engagement.of(network, partner));
    }

    /**
     * The first event of the type about the partner on engagement-events after the offset given (-1: any), which must
     * be on the partner's partition: every event about a partner is keyed by them.
     */
    private ConsumerRecord<String, String> published(String type, UUID partner, long after) {
        Predicate<ConsumerRecord<String, String>> wanted = record -> record.offset() > after
                && type.equals(TopicReader.header(record, "ce_type"))
                && partner.toString().equals(TopicReader.header(record, "ce_subject"));
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            return reader.readUntil(wanted, PATIENCE).stream().filter(wanted).findFirst().orElseThrow();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonSchema schema(String file) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ASYNCAPI.resolve("schemas").resolve(file)), config);
    }

    /** Present once, then absent twice in a row: a score between 0 and 100, and an absence streak. */
    private void absentTwice(UUID partner) {
        events.partnerRegistered(partner);
        events.membership(partner, group, daysAgo(100));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(27), "PRESENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(20), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(13), "ABSENT");
        events.flush();
    }

    private void presentOnce(UUID partner) {
        events.partnerRegistered(partner);
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(6), "PRESENT");
        events.flush();
    }

    private void assertUnscored(UUID partner, String scoring) {
        as(DevTokens.member(network, partner.toString()))
                .when().get("/api/v1/networks/{n}/engagement/{p}", network, partner)
                .then().statusCode(200)
                .body("scoring", equalTo(scoring))
                .body("score", nullValue())
                .body("band", nullValue())
                .body("ledger", empty())
                .body("components", empty())
                .body("conditions", empty());
        Map<String, Object> item = as(DevTokens.coordinator(network))
                .queryParam("size", 200).when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(found -> partner.toString().equals(found.get("partnerId"))).findFirst().orElseThrow();
        assertNull(item.get("score"));
        assertNull(item.get("band"));
        assertEquals(scoring, item.get("scoring"));
    }

    /**
     * Waits until the group's meeting lines are applied — the partner was queued for assessment in the same
     * transaction — and every queued assessment is done: what the events would do to the partner is done by then.
     */
    private void awaitAppliedAndAssessed(UUID someGroup, int absences) throws InterruptedException {
        events.flush();
        awaitHealth(someGroup, health -> health.getList("meetings.absent", Integer.class).stream()
                .mapToInt(Integer::intValue).sum() == absences);
        Engagement.awaitNoPendingAssessments();
    }

    private Map<String, Integer> membersByBand(UUID someGroup) throws InterruptedException {
        return awaitHealth(someGroup, health -> true).getMap("membersByBand", String.class, Integer.class);
    }

    private JsonPath awaitHealth(UUID someGroup, Predicate<JsonPath> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            var response = as(DevTokens.coordinator(network))
                    .when().get("/api/v1/networks/{n}/engagement/groups/{g}/health", network, someGroup);
            if (response.statusCode() == 200 && condition.test(response.jsonPath())) {
                return response.jsonPath();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("group health did not reach the expected state: " + response.asString());
            }
            Thread.sleep(100);
        }
    }

    /** Each listed partner with whether they are scored. */
    private static List<Map<String, Object>> listed(String network, String band) {
        RequestSpecification request = as(DevTokens.coordinator(network)).queryParam("size", 200);
        if (band != null) {
            request = request.queryParam("band", band);
        }
        return request.when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .map(item -> Map.of("partnerId", item.get("partnerId"), "scoring", item.get("scoring"))).toList();
    }

    private static boolean hasOpen(List<Map<String, Object>> alerts, String rule) {
        return alerts.stream().anyMatch(alert -> open(alert) && rule.equals(alert.get("rule")));
    }

    private static boolean open(Map<String, Object> alert) {
        return List.of("OPEN", "ACKNOWLEDGED", "CONTACTED").contains(alert.get("status"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
