package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** partner-service publishes one event per change, each matching the schema it documents, without contact data. */
@QuarkusTest
class PartnerEventsContractTest {

    private static final String PREFIX = "de.netzwerk.partner.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void registeringChangingAndLeavingPublishOneEventPerChange() throws Exception {
        String network = Partners.network();
        Map<String, Object> profile = Partners.profile("Blickwinkel e.V.");
        String partner = Partners.registered(network, profile);
        profile.put("expertise", List.of("Öffentlichkeitsarbeit"));
        put(network, partner, "\"0\"", profile);
        put(network, partner, "\"1\"", profile);
        profile.put("status", "LEFT");
        put(network, partner, "\"1\"", profile);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> partner.equals(record.key()) && type(record).endsWith("partner-left.v1"),
                    Duration.ofSeconds(30)).stream().filter(record -> partner.equals(record.key())).toList();

            assertEquals(List.of("partner-registered.v1", "partner-updated.v1", "partner-updated.v1", "partner-left.v1"),
                    ours.stream().map(record -> type(record).substring(PREFIX.length())).toList());
            for (ConsumerRecord<String, String> record : ours) {
                String eventType = type(record).substring(PREFIX.length());
                JsonNode payload = json.readTree(record.value());
                assertEquals(Set.of(), EventSchemas.violations(eventType, payload), eventType);
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertFalse(record.value().contains("kontakt@example.org"), "events carry no contact data");
                assertFalse(record.value().contains("Blickwinkel"), "events carry no names");
                assertFalse(payload.has("offers") || record.value().contains("Beratung zu Leichter Sprache"),
                        "events carry no free text of the partner's");
                assertFalse(record.value().contains("Kontakte zur Verwaltung"), "events carry no free text of the partner's");
            }
            assertEquals(List.of(1, 2), ours.stream().filter(record -> type(record).endsWith("updated.v1"))
                    .map(record -> readVersion(record.value())).toList());
        }
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().statusCode(200).body("offers", org.hamcrest.Matchers.equalTo("Beratung zu Leichter Sprache"));
    }

    @Test
    void joiningChangingAndLeavingAGroupPublishOneEventPerChange() throws Exception {
        String network = Partners.network();
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String group = createGroup(network, "WORKING", "AG Inklusion");
        putMember(network, group, partner, Map.of("role", "MEMBER"));
        putMember(network, group, partner, Map.of("role", "MEMBER"));
        putMember(network, group, partner, Map.of("role", "MEMBER", "introductoryTalkDone", true));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().delete("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(204);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> partner.equals(record.key()) && type(record).endsWith("membership-ended.v1"),
                    Duration.ofSeconds(30)).stream().filter(record -> partner.equals(record.key())).toList();

            assertEquals(List.of("partner-registered.v1", "membership-started.v1", "membership-changed.v1", "membership-ended.v1"),
                    ours.stream().map(record -> type(record).substring(PREFIX.length())).toList());
            for (ConsumerRecord<String, String> record : ours) {
                String eventType = type(record).substring(PREFIX.length());
                assertEquals(Set.of(), EventSchemas.violations(eventType, json.readTree(record.value())), eventType);
            }
        }
    }

    @Test
    void changingTheNeededPartnersOfAGoalPublishesOnceKeyedByTheGoal() throws Exception {
        String network = Partners.network();
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String goal = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Arbeit für alle", "category", "JOINT_PROJECTS", "priority", 1))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> needs = Map.of("needs", List.of(Map.of("partnerId", partner, "purpose", "Beratung", "keyActor", true)));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(needs)
                    .header("If-Match", Versions.ofGoal(network, goal))
                    .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                    .then().statusCode(200);
        }
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("needs", List.of()))
                .header("If-Match", Versions.ofGoal(network, goal))
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> goal.equals(record.key()) && record.value().contains("\"neededPartners\":[]"),
                    Duration.ofSeconds(30)).stream().filter(record -> goal.equals(record.key()))
                    .filter(record -> type(record).endsWith("goal-actor-needs-changed.v1")).toList();

            assertEquals(2, ours.size(), "one event for adding the partner, one for removing; none for the repetition");
            JsonNode first = json.readTree(ours.getFirst().value());
            assertEquals(Set.of(), EventSchemas.violations("goal-actor-needs-changed.v1", first));
            assertEquals(partner, first.get("neededPartners").get(0).get("partnerId").asText());
            assertEquals(true, first.get("neededPartners").get(0).get("keyActor").asBoolean());
        }
    }

    @Test
    void creatingAGroupOrAGoalPublishesItsIdAndKindKeyedByIt() throws Exception {
        String network = Partners.network();
        String steering = createGroup(network, "STEERING", "Steuerungsgruppe Inklusion");
        String working = createGroup(network, "WORKING", "AG Barrierefreiheit");
        String goal = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Arbeit für alle", "category", "JOINT_PROJECTS", "priority", 1))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            Map<String, ConsumerRecord<String, String>> byKey = new HashMap<>();
            for (String key : List.of(steering, working, goal)) {
                reader.readUntil(record -> key.equals(record.key()), Duration.ofSeconds(30)).stream()
                        .filter(record -> key.equals(record.key()))
                        .forEach(record -> assertNull(byKey.put(key, record), "one event per creation"));
            }

            assertEquals("group-created.v1", type(byKey.get(steering)).substring(PREFIX.length()));
            assertEquals("group-created.v1", type(byKey.get(working)).substring(PREFIX.length()));
            assertEquals("goal-created.v1", type(byKey.get(goal)).substring(PREFIX.length()));
            for (ConsumerRecord<String, String> record : byKey.values()) {
                String eventType = type(record).substring(PREFIX.length());
                assertEquals(Set.of(), EventSchemas.violations(eventType, json.readTree(record.value())), eventType);
                assertEquals(record.key(), TopicReader.header(record, "ce_subject"));
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertEquals(network, json.readTree(record.value()).get("networkId").asText());
                assertFalse(record.value().contains("Steuerungsgruppe") || record.value().contains("Barrierefreiheit")
                        || record.value().contains("Arbeit"), "events carry no names or titles");
            }
            assertEquals(steering, json.readTree(byKey.get(steering).value()).get("groupId").asText());
            assertEquals("STEERING", json.readTree(byKey.get(steering).value()).get("groupKind").asText());
            assertEquals("WORKING", json.readTree(byKey.get(working).value()).get("groupKind").asText());
            assertEquals(goal, json.readTree(byKey.get(goal).value()).get("goalId").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "partner-registered.v1", "partner-updated.v1", "partner-left.v1", "membership-started.v1",
            "membership-changed.v1", "membership-ended.v1", "goal-actor-needs-changed.v1",
            "group-created.v1", "goal-created.v1", "partner-erased.v1", "personal-data-export-requested.v1",
            "exchange-offer-posted.v1", "exchange-need-posted.v1", "exchange-agreed.v1", "exchange-completed.v1",
            "network-registered.v1", "network-updated.v1" })
    void thePublishedExamplesMatchTheirSchemas(String eventType) throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/" + eventType + ".json"));

        assertEquals(Set.of(), EventSchemas.violations(eventType, example));
    }

    private static void put(String network, String partner, String ifMatch, Map<String, Object> profile) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", ifMatch).body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().statusCode(200);
    }

    private static String createGroup(String network, String kind, String name) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", name))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
    }

    private static void putMember(String network, String group, String partner, Map<String, Object> body) {
        var request = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body);
        Versions.ofMembership(network, group, partner).ifPresent(etag -> request.header("If-Match", etag));
        request.when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200)).or(org.hamcrest.Matchers.is(201)));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }

    private int readVersion(String payload) {
        try {
            return json.readTree(payload).get("version").asInt();
        } catch (Exception e) {
            throw new AssertionError(payload, e);
        }
    }
}
