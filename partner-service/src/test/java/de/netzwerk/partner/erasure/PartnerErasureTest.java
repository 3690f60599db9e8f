package de.netzwerk.partner.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.EngagementEvents;
import de.netzwerk.partner.ErasureConfirmations;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import de.netzwerk.partner.event.EventSchemas;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, item 2, partner-service's part: a coordinator erases a partner's personal data; nothing in any table of
 * the service names them afterwards, the network's aggregates still read, partner-erased goes out for the other
 * services, and their confirmations on their own topics complete the erasure.
 */
@QuarkusTest
class PartnerErasureTest {

    private static final String PARTNER = "/api/v1/networks/{n}/partners/{p}";
    private static final String PERSONAL_DATA = PARTNER + "/personal-data";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    private final ObjectMapper json = new ObjectMapper();
    private ErasureConfirmations confirmations;
    private String network;
    /** Makes every text of this test's partner unique in the shared test database. */
    private String unique;

    @BeforeEach
    void freshNetwork() {
        confirmations = new ErasureConfirmations(bootstrapServers);
        network = Partners.network();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void disconnect() {
        confirmations.close();
    }

    @Test
    void anErasedPartnerLeavesNoTraceWhileTheNetworksAggregatesStillRead() throws Exception {
        Map<String, Object> profile = Partners.profile("Erika Mustermann " + unique);
        profile.put("kind", "PERSON");
        profile.put("email", "erika." + unique + "@example.org");
        String phone = "+49 2871 " + (1_000_000 + new Random().nextInt(9_000_000));
        profile.put("phone", phone);
        profile.put("expertise", List.of("Gebärdensprache " + unique));
        profile.put("interests", "Austausch über Inklusion " + unique);
        profile.put("offers", "Übersetzung in Leichte Sprache " + unique);
        profile.put("stayListedConsent", true);
        String erika = Partners.registered(network, profile);
        Map<String, Object> other = Partners.profile("Tafel Musterstadt");
        other.put("responsiblePartnerId", erika);
        String tafel = Partners.registered(network, other);
        // Consents changed twice: once by Erika herself (her token's subject is her partner id), once back by a coordinator.
        profile.put("listingConsent", false);
        update(DevTokens.member(network, erika), erika, profile).statusCode(200);
        profile.put("listingConsent", true);
        update(DevTokens.coordinator(network), erika, profile).statusCode(200);
        String ag = group("AG Inklusion");
        String steering = group("Lenkungskreis");
        join(ag, erika);
        join(ag, tafel);
        join(steering, erika);
        contact(erika, Map.of("contactedOn", "2026-11-18", "channel", "CALL", "note", "Ruft zurück wegen Umzug " + unique));
        contact(erika, Map.of("contactedOn", "2026-11-25", "channel", "PERSONAL_MEETING", "note", "Hat Sorgen um die Gesundheit " + unique));
        contact(tafel, Map.of("contactedOn", "2026-11-26", "channel", "CALL", "madeBy", "Erika Mustermann " + unique,
                "note", "Lieferung besprochen"));
        String goal = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Arbeit in örtlichen Betrieben", "category", "JOINT_PROJECTS", "priority", 1,
                        "responsiblePartnerId", erika))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("needs", List.of(Map.of("partnerId", erika, "purpose", "Kontakte zur Verwaltung", "keyActor", true))))
                .header("If-Match", Versions.ofGoal(network, goal))
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(200);
        List<String> personal = List.of("Erika Mustermann " + unique, "erika." + unique + "@example.org",
                phone, "Gebärdensprache " + unique, "Austausch über Inklusion " + unique,
                "Übersetzung in Leichte Sprache " + unique, "Ruft zurück wegen Umzug " + unique,
                "Hat Sorgen um die Gesundheit " + unique);
        assertThat("the search finds the data before the erasure", columnsHolding(personal.getFirst()), not(empty()));

        String location = erase(erika, "PARTNER_REQUEST").statusCode(202)
                .header("Location", endsWith("/api/v1/networks/" + network + "/partners/" + erika + "/personal-data/erasure"))
                .body("state", equalTo("PENDING"))
                .body("confirmations.service", contains("partner-service"))
                .body("pending", contains("meeting-service", "task-service", "engagement-service"))
                .extract().header("Location");
        String erasure = erase(erika, "OTHER").statusCode(200).header("Location", equalTo(location))
                .body("reason", equalTo("PARTNER_REQUEST")).extract().path("id");

        for (String text : personal) {
            assertEquals(List.of(), columnsHolding(text), "no column of partner-service holds '" + text + "'");
        }
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PARTNER, network, erika)
                .then().statusCode(410).contentType("application/problem+json");
        update(DevTokens.coordinator(network), erika, profile).statusCode(410);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("items.id", contains(tafel));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, steering, erika)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("contactedOn", "2026-12-01", "channel", "CALL"))
                .when().post(PARTNER + "/contacts", network, erika)
                .then().statusCode(404);
        // The aggregates: the groups keep their member counts, the goal still needs a key actor there.
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/groups/{g}/members", network, ag)
                .then().statusCode(200).body("items.size()", equalTo(2));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/groups/{g}/members", network, steering)
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/goals/{g}", network, goal)
                .then().statusCode(200).body("responsiblePartnerId", nullValue())
                .body("actorNeeds", hasSize(1))
                .body("actorNeeds[0].partnerId", nullValue())
                .body("actorNeeds[0].keyActor", equalTo(true))
                .body("actorNeeds[0].purpose", equalTo("Kontakte zur Verwaltung"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PARTNER, network, tafel)
                .then().statusCode(200).body("responsiblePartnerId", nullValue());
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PARTNER + "/contacts", network, tafel)
                .then().statusCode(200).body("items[0].note", equalTo("Lieferung besprochen"));

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            ConsumerRecord<String, String> erased = first(reader,
                    record -> erika.equals(record.key()) && "de.netzwerk.partner.partner-erased.v1".equals(TopicReader.header(record, "ce_type")));
            JsonNode data = json.readTree(erased.value());
            assertEquals(Set.of(), EventSchemas.violations("partner-erased.v1", data));
            assertEquals(erika, TopicReader.header(erased, "ce_subject"));
            assertEquals(network, TopicReader.header(erased, "ce_networkid"));
            assertEquals(Map.of("networkId", network, "partnerId", erika, "erasureId", erasure),
                    Map.of("networkId", data.get("networkId").asText(), "partnerId", data.get("partnerId").asText(),
                            "erasureId", data.get("erasureId").asText()));
        }

        OffsetDateTime meetingDone = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        confirmations.confirm("meeting", network, erika, erasure, meetingDone);
        awaitErasure(erika, body -> body.path("confirmations").size() == 2)
                .body("confirmations.service", hasItem("meeting-service"))
                .body("pending", contains("task-service", "engagement-service"))
                .body("state", equalTo("PENDING"));
        confirmations.confirm("meeting", network, erika, erasure, meetingDone.plusMinutes(5));
        confirmations.confirm("task", network, erika, erasure, OffsetDateTime.now());
        confirmations.confirm("engagement", network, erika, erasure, OffsetDateTime.now());
        awaitErasure(erika, body -> "COMPLETE".equals(body.path("state").asText()))
                .body("pending", empty())
                .body("confirmations", hasSize(4))
                .body("completedAt", notNullValue())
                .body("durationSeconds", greaterThanOrEqualTo(0))
                .body("requestedBy", equalTo("test-coordinator"))
                .body("confirmations.find { it.service == 'meeting-service' }.confirmedAt",
                        instant(meetingDone));
    }

    @Test
    void onlyACoordinatorOfTheNetworkErasesAndAReasonFromTheListIsRequired() {
        String partner = Partners.registered(network, Partners.profile("Lebenshilfe Musterstadt"));
        given().auth().oauth2(DevTokens.member(network, partner)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete(PERSONAL_DATA, network, partner).then().statusCode(403);
        given().auth().oauth2(DevTokens.coordinator(Partners.network())).queryParam("reason", "PARTNER_REQUEST")
                .when().delete(PERSONAL_DATA, network, partner).then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().delete(PERSONAL_DATA, network, partner).then().statusCode(400).contentType("application/problem+json");
        erase(partner, "Sie hat darum gebeten").statusCode(400).contentType("application/problem+json");
        erase(UUID.randomUUID().toString(), "PARTNER_REQUEST").statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PERSONAL_DATA + "/erasure", network, partner)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PARTNER, network, partner).then().statusCode(200);

        Map<String, Object> erased = Partners.profile("Lebenshilfe Musterstadt");
        erased.put("status", "ERASED");
        Partners.register(network, erased).then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void confirmationsThatCannotBeOfThisErasureGoToTheDeadLetterTopicAndTheNextIsRecorded() throws Exception {
        String partner = Partners.registered(network, Partners.profile("Lebenshilfe Musterstadt"));
        String erasure = erase(partner, "LEFT_LONG_AGO").statusCode(202).extract().path("id");
        String otherNetwork = Partners.network();
        OffsetDateTime now = OffsetDateTime.now();
        Map<UUID, String> reasons = new LinkedHashMap<>();
        reasons.put(confirmations.confirm("meeting", network, partner, UUID.randomUUID().toString(), now),
                "is not known here");
        reasons.put(confirmations.confirm("meeting", otherNetwork, partner, erasure, now),
                "is of network " + network);
        reasons.put(confirmations.send("meeting", "partner-data-erased.v1", network, partner,
                ErasureConfirmations.data(network, partner, erasure, now, "task-service")), "cannot confirm in the name of");
        reasons.put(confirmations.send("meeting", "partner-data-erased.v1", network, partner, "{\"networkId\":\"" + network + "\"}"),
                "fails validation");
        confirmations.confirm("meeting", network, partner, erasure, now);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-service.meeting-events.dlq")) {
            for (Map.Entry<UUID, String> poison : reasons.entrySet()) {
                ConsumerRecord<String, String> deadLetter = first(reader,
                        record -> poison.getKey().toString().equals(TopicReader.header(record, "ce_id")));
                assertThat(TopicReader.header(deadLetter, "dead-letter-reason"), containsString(poison.getValue()));
            }
        }
        awaitErasure(partner, body -> body.path("confirmations").size() == 2)
                .body("confirmations.service", contains("partner-service", "meeting-service"));
    }

    @Test
    void aLateFollowUpContactAboutAnErasedPartnerBringsNothingBack() throws Exception {
        String partner = Partners.registered(network, Partners.profile("Lebenshilfe Musterstadt"));
        erase(partner, "PARTNER_REQUEST").statusCode(202);

        UUID late;
        try (EngagementEvents engagement = new EngagementEvents(bootstrapServers)) {
            late = engagement.partnerContacted(network, partner, UUID.randomUUID(), "CALL", OffsetDateTime.now().minusDays(1));
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-service.engagement-events.dlq")) {
            ConsumerRecord<String, String> deadLetter = first(reader, record -> late.toString().equals(TopicReader.header(record, "ce_id")));
            assertThat(TopicReader.header(deadLetter, "dead-letter-reason"), containsString("is not known here"));
        }
        try (Connection connection = database.getConnection();
             PreparedStatement entries = connection.prepareStatement("select count(*) from contact_entry where partner_id = ?")) {
            entries.setObject(1, UUID.fromString(partner));
            try (ResultSet count = entries.executeQuery()) {
                count.next();
                assertEquals(0, count.getLong(1), "the erased partner's contact log stays empty");
            }
        }
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(PARTNER, network, partner).then().statusCode(410);
    }

    /** Every text, uuid or json column of every table of the service's schema that contains {@code text}, any case. */
    private List<String> columnsHolding(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement columns = connection.prepareStatement("""
                     select table_name, column_name from information_schema.columns
                     where table_schema = current_schema()
                       and data_type in ('text', 'character varying', 'character', 'uuid', 'json', 'jsonb', 'ARRAY')
                     order by table_name, column_name""");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String column = rows.getString(2);
                try (PreparedStatement search = connection.prepareStatement(
                        "select count(*) from \"%s\" where \"%s\"::text ilike '%%' || ? || '%%'".formatted(table, column))) {
                    search.setString(1, text);
                    try (ResultSet count = search.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A date-time as the API writes it, in whatever offset, that is the instant {@code expected}. */
    private static Matcher<String> instant(OffsetDateTime expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String text) {
                return OffsetDateTime.parse(text).toInstant().equals(expected.toInstant());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the instant ").appendValue(expected);
            }
        };
    }

    private ValidatableResponse erase(String partner, String reason) {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", reason)
                .when().delete(PERSONAL_DATA, network, partner)
                .then();
    }

    private ValidatableResponse update(String token, String partner, Map<String, Object> profile) {
        String etag = given().auth().oauth2(DevTokens.coordinator(network)).when().get(PARTNER, network, partner)
                .then().extract().header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag != null ? etag : "\"0\"")
                .body(new HashMap<>(profile))
                .when().put(PARTNER, network, partner)
                .then();
    }

    private String group(String name) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", name))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
    }

    private void join(String group, String partner) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(201);
    }

    private void contact(String partner, Map<String, Object> entry) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(entry)
                .when().post(PARTNER + "/contacts", network, partner)
                .then().statusCode(201);
    }

    private static ConsumerRecord<String, String> first(TopicReader reader, Predicate<ConsumerRecord<String, String>> wanted) {
        return reader.readUntil(wanted, PATIENCE).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("not on the topic within " + PATIENCE));
    }

    /** The erasure's status once {@code done} holds for it: the confirmations are read from the topics in the background. */
    private ValidatableResponse awaitErasure(String partner, Predicate<JsonNode> done) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(DevTokens.coordinator(network))
                        .when().get(PERSONAL_DATA + "/erasure", network, partner)
                        .then().statusCode(200),
                        status -> done.test(body(status)));
    }

    private JsonNode body(ValidatableResponse status) {
        try {
            return json.readTree(status.extract().asString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
