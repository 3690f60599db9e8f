package de.netzwerk.partner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 13, item 5: a group's memberships entered in one request, with their past dates, all or nothing. */
@QuarkusTest
class MembershipEntriesTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private String network;
    private String group;

    @BeforeEach
    void freshNetworkWithAGroup() {
        network = Partners.network();
        group = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", "AG Arbeit"))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void pastMembershipsAreEnteredWithTheirOwnDatesAndEachPublishesItsStart() throws Exception {
        String lead = partner("Lebenshilfe");
        String member = partner("Sportverein");
        String former = partner("Stadtbibliothek");

        enter(entry(lead, "LEAD", "2026-03-02", null, true),
                entry(member, "MEMBER", "2026-04-15", null, null),
                entry(former, "PATRON", "2026-03-02", "2026-06-30", true))
                .then().statusCode(200)
                .body("started", equalTo(3)).body("unchanged", equalTo(0))
                .body("memberships.partnerId", contains(lead, member, former))
                .body("memberships.leftOn", contains(null, null, "2026-06-30"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().statusCode(200)
                .body("items.partnerId", contains(lead, member))
                .body("items.joinedOn", contains("2026-03-02", "2026-04-15"))
                .body("items.role", contains("LEAD", "MEMBER"))
                .body("items.introductoryTalkDone", contains(true, false));
        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            // Events are keyed by partner: each partner's may sit on another partition, read in any order.
            for (String partner : List.of(lead, member)) {
                reader.readUntil(record -> partner.equals(record.key()) && type(record).endsWith("membership-started.v1"),
                        Duration.ofSeconds(30));
            }
            List<ConsumerRecord<String, String>> read = reader.readUntil(
                    record -> former.equals(record.key()) && type(record).endsWith("membership-ended.v1"), Duration.ofSeconds(30));

            assertEquals(List.of("2026-03-02"), startedOn(read, lead));
            assertEquals(List.of("2026-04-15"), startedOn(read, member));
            assertEquals(List.of("2026-03-02"), startedOn(read, former));
            assertEquals(List.of("membership-started.v1", "membership-ended.v1"), read.stream()
                    .filter(record -> former.equals(record.key()) && type(record).contains(".membership-"))
                    .map(record -> type(record).substring("de.netzwerk.partner.".length())).toList());
        }
    }

    @Test
    void sendingTheSameListAgainChangesNothingAndPublishesNothing() throws Exception {
        String first = partner("Lebenshilfe");
        String second = partner("Sportverein");
        List<Map<String, Object>> list = List.of(entry(first, "MEMBER", "2026-02-01", null, true),
                entry(second, "MEMBER", "2026-02-01", "2026-05-01", null));
        enter(list).then().statusCode(200).body("started", equalTo(2));

        enter(list).then().statusCode(200).body("started", equalTo(0)).body("unchanged", equalTo(2));

        String sentinel = partner("Wächter");
        enter(entry(sentinel, "MEMBER", "2026-02-02", null, null)).then().statusCode(200).body("started", equalTo(1));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().body("items.partnerId", contains(first, sentinel));
        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            // The outbox publishes in order: once the sentinel's event is out, so is anything the second list
            // published — but events are keyed by partner and may sit on other partitions, so read them all.
            reader.readUntil(record -> sentinel.equals(record.key()) && type(record).endsWith("membership-started.v1"),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> read = reader.readToEnd(Duration.ofSeconds(30));

            assertEquals(List.of("2026-02-01"), startedOn(read, first));
            assertEquals(List.of("2026-02-01"), startedOn(read, second));
        }
    }

    @Test
    void oneBadEntryRefusesTheWholeListNamingTheEntry() {
        String ours = partner("Lebenshilfe");
        String stranger = Partners.registered(Partners.network(), Partners.profile("Fremder Verein"));
        String joinsTomorrow = TODAY.plusDays(1).toString();

        enter(entry(ours, "MEMBER", "2026-03-01", null, null), entry(stranger, "MEMBER", "2026-03-01", null, null))
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("memberships[1].partnerId"));
        enter(entry(ours, "MEMBER", "2026-03-01", null, null), entry(ours, "LEAD", "2026-04-01", null, null))
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("memberships[1].partnerId"));
        enter(entry(ours, "MEMBER", joinsTomorrow, null, null))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("memberships[0].joinedOn"));
        enter(entry(ours, "MEMBER", "2026-03-01", "2026-02-01", null))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("memberships[0].leftOn"));
        enter(entry(ours, "MEMBER", "2026-03-01", null, null), entry(partner("Ohne Rolle"), null, "2026-03-01", null, null))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("memberships[1].role"));
        enter().then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("memberships"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().body("items", empty());
    }

    @Test
    void anEntryThatContradictsARecordedMembershipIsAConflict() {
        String partner = partner("Lebenshilfe");
        enter(entry(partner, "MEMBER", "2026-03-01", null, null)).then().statusCode(200);

        enter(entry(partner("Sportverein"), "MEMBER", "2026-03-01", null, null), entry(partner, "LEAD", "2026-03-01", null, null))
                .then().statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("membership.overlaps"))
                .body("detail", containsString("memberships[1]"));
        enter(entry(partner, "MEMBER", "2026-01-01", "2026-04-01", null))
                .then().statusCode(409).contentType(PROBLEM_JSON);

        enter(entry(partner, "MEMBER", "2026-01-01", "2026-03-01", null))
                .then().statusCode(200).body("started", equalTo(1));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().body("items.partnerId", contains(partner)).body("items.role", contains("MEMBER"));
    }

    @Test
    void aPartnerWhoLeftTheNetworkCanOnlyBeEnteredWithAMembershipThatEnded() {
        Map<String, Object> profile = Partners.profile("Ehemaliger Verein");
        profile.put("status", "LEFT");
        String gone = Partners.registered(network, profile);

        enter(entry(gone, "MEMBER", "2026-01-01", null, null)).then().statusCode(409).contentType(PROBLEM_JSON);
        enter(entry(gone, "MEMBER", "2026-01-01", "2026-05-31", null)).then().statusCode(200).body("started", equalTo(1));
    }

    @Test
    void anotherNetworksGroupIsNotFound() {
        String ours = partner("Lebenshilfe");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("memberships", List.of(entry(ours, "MEMBER", "2026-03-01", null, null))))
                .when().post("/api/v1/networks/{n}/groups/{g}/members", network, UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private String partner(String name) {
        return Partners.registered(network, Partners.profile(name));
    }

    @SafeVarargs
    private Response enter(Map<String, Object>... entries) {
        return enter(List.of(entries));
    }

    private Response enter(List<Map<String, Object>> entries) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("memberships", entries))
                .when().post("/api/v1/networks/{n}/groups/{g}/members", network, group);
    }

    private static Map<String, Object> entry(String partner, String role, String joinedOn, String leftOn, Boolean talkDone) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("partnerId", partner);
        entry.put("role", role);
        entry.put("joinedOn", joinedOn);
        if (leftOn != null) {
            entry.put("leftOn", leftOn);
        }
        if (talkDone != null) {
            entry.put("introductoryTalkDone", talkDone);
        }
        return entry;
    }

    private List<String> startedOn(List<ConsumerRecord<String, String>> records, String partner) throws Exception {
        List<String> dates = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (partner.equals(record.key()) && type(record).endsWith("membership-started.v1")) {
                JsonNode data = json.readTree(record.value());
                assertEquals(group, data.get("groupId").asText());
                dates.add(data.get("joinedOn").asText());
            }
        }
        return dates;
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }
}
