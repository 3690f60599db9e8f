package de.netzwerk.partner.signup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.MeetingEvents;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import de.netzwerk.partner.event.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 15, item 3: at a Thementisch people sign up for a working group; each becomes a prospect partner (or is
 * found by email) with a membership waiting for the introductory talk, which the group's patrons see as "to welcome".
 */
@QuarkusTest
class SignupResourceTest {

    private static final String SIGNUPS = "/api/v1/networks/{n}/signups";
    private static final String ENTRIES = SIGNUPS + "/{s}/entries";
    private static final String TO_WELCOME = "/api/v1/networks/{n}/groups/{g}/to-welcome";
    private static final String TALK = TO_WELCOME + "/{p}/introductory-talk";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aNewcomerBecomesAProspectWhomTheGroupsPatronWelcomes() throws InterruptedException {
        String network = Partners.network();
        String group = group(network, "WORKING", "AG Nachwuchs");
        String patron = Partners.registered(network, Partners.profile("Volksbank Musterstadt"));
        String member = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        join(network, group, patron, Map.of("role", "PATRON", "introductoryTalkDone", true));
        join(network, group, member, Map.of("role", "MEMBER", "introductoryTalkDone", true));
        // The table stands at a meeting of the network, which partner-service learns from meeting-service's events.
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "meetingId", UUID.randomUUID().toString(), "title", "Thementisch"))
                .when().post(SIGNUPS, network)
                .then().statusCode(422).body("errors.field", contains("meetingId"));
        String meeting = MeetingEvents.scheduled(network);
        Map<String, Object> atMeeting = Map.of("groupId", group, "meetingId", meeting, "title", "Thementisch beim Auftakt");
        // partner-service learns of the meeting from meeting-service's event: refused with 422 until it has.
        String signup = await("the meeting is known").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                        .body(atMeeting).when().post(SIGNUPS, network), response -> response.statusCode() != 422)
                .then().statusCode(201).body("status", equalTo("OPEN")).body("meetingId", equalTo(meeting))
                .extract().path("id");

        String erika = enter(network, signup, DevTokens.coordinator(network),
                entry("Erika Mustermann", "erika@example.org", "+49 2871 123456", true))
                .statusCode(201).body("partnerCreated", equalTo(true)).body("membershipStarted", equalTo(true))
                .extract().path("partnerId");

        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners/{p}", network, erika)
                .then().statusCode(200).body("status", equalTo("PROSPECT")).body("kind", equalTo("PERSON"))
                .body("name", equalTo("Erika Mustermann")).body("contactConsent.given", equalTo(true));
        given().auth().oauth2(DevTokens.member(network, patron)).when().get(TO_WELCOME, network, group)
                .then().statusCode(200)
                .body("items.partnerId", contains(erika))
                .body("items[0].name", equalTo("Erika Mustermann"))
                .body("items[0].email", equalTo("erika@example.org"))
                .body("items[0].phone", equalTo("+49 2871 123456"))
                .body("items[0].signupId", equalTo(signup));
        given().auth().oauth2(DevTokens.member(network, member)).when().get(TO_WELCOME, network, group)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(ENTRIES, network, signup)
                .then().statusCode(200).body("items.partnerId", contains(erika));

        given().auth().oauth2(DevTokens.member(network, member)).when().post(TALK, network, group, erika)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.member(network, patron)).when().post(TALK, network, group, erika)
                .then().statusCode(200).body("partnerId", equalTo(erika)).body("introductoryTalkDone", equalTo(true));
        given().auth().oauth2(DevTokens.member(network, patron)).when().post(TALK, network, group, erika)
                .then().statusCode(200).body("introductoryTalkDone", equalTo(true));
        given().auth().oauth2(DevTokens.member(network, patron)).when().post(TALK, network, group, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.member(network, patron)).when().get(TO_WELCOME, network, group)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aKnownEmailLinksThePartnerInsteadOfRegisteringAnother() {
        String network = Partners.network();
        String group = group(network, "WORKING", "AG Bildung");
        Map<String, Object> profile = Partners.profile("Erika Mustermann");
        profile.put("email", "Erika.Mustermann@Example.org");
        profile.put("contactConsent", false);
        String erika = Partners.registered(network, profile);
        String signup = signup(network, group);

        String first = enter(network, signup, DevTokens.coordinator(network),
                entry("Erika M.", "erika.mustermann@example.ORG", null, true))
                .statusCode(201).body("partnerId", equalTo(erika)).body("partnerCreated", equalTo(false))
                .body("membershipStarted", equalTo(true)).extract().path("id");
        enter(network, signup, DevTokens.coordinator(network), entry("Erika", "erika.mustermann@example.org", null, true))
                .statusCode(200).body("id", equalTo(first));
        String later = signup(network, group);
        enter(network, later, DevTokens.coordinator(network), entry("Erika", "ERIKA.MUSTERMANN@EXAMPLE.ORG", null, true))
                .statusCode(201).body("partnerId", equalTo(erika)).body("membershipStarted", equalTo(false));

        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("items.id", contains(erika));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners/{p}", network, erika)
                .then().statusCode(200).body("name", equalTo("Erika Mustermann")).body("contactConsent.given", equalTo(true))
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().statusCode(200).body("items.partnerId", contains(erika)).body("items[0].introductoryTalkDone", equalTo(false));
    }

    @Test
    void peopleEnteringTheSameNewEmailAtOnceBecomeOnePartner() throws Exception {
        String network = Partners.network();
        String signup = signup(network, group(network, "WORKING", "AG Bildung"));
        String other = signup(network, group(network, "WORKING", "AG Freizeit"));
        int entries = 8;
        ExecutorService tables = Executors.newFixedThreadPool(entries);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> partners = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                String at = i % 2 == 0 ? signup : other;
                partners.add(tables.submit(() -> {
                    start.await();
                    return enter(network, at, DevTokens.coordinator(network),
                            entry("Erika Mustermann", "erika@example.org", null, true))
                            .statusCode(oneOf(200, 201)).extract().<String>path("partnerId");
                }));
            }
            start.countDown();
            Set<String> partnerIds = new HashSet<>();
            for (Future<String> partner : partners) {
                partnerIds.add(partner.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, partnerIds.size(), "every entry names the one partner");
        } finally {
            tables.shutdownNow();
        }
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(ENTRIES, network, signup)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aMemberSignsThemselvesUp() {
        String network = Partners.network();
        String group = group(network, "WORKING", "AG Öffentlichkeitsarbeit");
        String max = Partners.registered(network, Partners.profile("Max Mustermann"));
        String signup = signup(network, group);

        enter(network, signup, DevTokens.member(network, max), entry(null, null, null, true))
                .statusCode(201).body("partnerId", equalTo(max)).body("partnerCreated", equalTo(false))
                .body("membershipStarted", equalTo(true));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(TO_WELCOME, network, group)
                .then().statusCode(200).body("items.partnerId", contains(max));
    }

    @Test
    void badSignUpsAreRefused() {
        String network = Partners.network();
        String other = Partners.network();
        String group = group(network, "WORKING", "AG Inklusion");
        String steering = group(network, "STEERING", "Steuerungsgruppe");
        String signup = signup(network, group);

        enter(network, signup, DevTokens.coordinator(network), entry("Ohne Einwilligung", "ohne@example.org", null, false))
                .statusCode(422).contentType("application/problem+json").body("errors.field", contains("contactConsent"));
        enter(network, signup, DevTokens.coordinator(network), entry("Ohne Einwilligung", "ohne@example.org", null, null))
                .statusCode(422).body("errors.field", contains("contactConsent"));
        enter(network, signup, DevTokens.coordinator(network), entry("Ohne E-Mail", null, null, true))
                .statusCode(422).body("errors.field", contains("email"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("groupId", steering))
                .when().post(SIGNUPS, network).then().statusCode(422).body("errors.field", contains("groupId"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group(other, "WORKING", "Fremde AG")))
                .when().post(SIGNUPS, network).then().statusCode(422).body("errors.field", contains("groupId"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("items", empty());

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("status", "CLOSED"))
                .header("If-Match", Versions.etag(network, SIGNUPS + "/{s}", network, signup))
                .when().put(SIGNUPS + "/{s}/status", network, signup)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        enter(network, signup, DevTokens.coordinator(network), entry("Zu spät", "spaet@example.org", null, true))
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.integration(network)).contentType(ContentType.JSON)
                .body(entry("Integration", "int@example.org", null, true))
                .when().post(ENTRIES, network, signup).then().statusCode(403);
    }

    @Test
    void anEntryPublishesTheRegistrationAndTheMembershipWithoutNameOrContactData() throws Exception {
        String network = Partners.network();
        String group = group(network, "WORKING", "AG Nachwuchs");
        String signup = signup(network, group);
        String partner = enter(network, signup, DevTokens.coordinator(network),
                entry("Zoe Zeitgeist", "zoe.zeitgeist@example.org", "+49 521 987654", true))
                .statusCode(201).extract().path("partnerId");

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> partner.equals(record.key()) && type(record).endsWith("membership-started.v1"),
                    Duration.ofSeconds(30)).stream().filter(record -> partner.equals(record.key())).toList();

            assertEquals(List.of("partner-registered.v1", "membership-started.v1"),
                    ours.stream().map(record -> type(record).substring("de.netzwerk.partner.".length())).toList());
            for (ConsumerRecord<String, String> record : ours) {
                String eventType = type(record).substring("de.netzwerk.partner.".length());
                JsonNode payload = json.readTree(record.value());
                assertEquals(Set.of(), EventSchemas.violations(eventType, payload), eventType);
                for (String text : List.of("Zoe", "Zeitgeist", "zoe.zeitgeist@example.org", "987654")) {
                    assertFalse(record.value().contains(text), eventType + " carries no " + text);
                }
            }
            JsonNode started = json.readTree(ours.get(1).value());
            assertEquals(group, started.get("groupId").asText());
            assertFalse(started.get("introductoryTalkDone").asBoolean());
        }
    }

    @Test
    void membersSeeTheSignUpsButNotWhoSignedUp() {
        String network = Partners.network();
        String group = group(network, "WORKING", "AG Nachwuchs");
        String max = Partners.registered(network, Partners.profile("Max Mustermann"));
        String signup = signup(network, group);

        given().auth().oauth2(DevTokens.member(network, max)).when().get(SIGNUPS, network)
                .then().statusCode(200).body("items.id", contains(signup)).body("items[0].closedAt", nullValue());
        given().auth().oauth2(DevTokens.member(network, max)).when().get(ENTRIES, network, signup).then().statusCode(403);
    }

    private static Map<String, Object> entry(String name, String email, String phone, Boolean consent) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("name", name);
        entry.put("email", email);
        entry.put("phone", phone);
        entry.put("contactConsent", consent);
        return entry;
    }

    private static ValidatableResponse enter(String network, String signup, String token, Map<String, Object> entry) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(entry)
                .when().post(ENTRIES, network, signup).then();
    }

    private static String signup(String network, String group) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group))
                .when().post(SIGNUPS, network).then().statusCode(201).extract().path("id");
    }

    private static String group(String network, String kind, String name) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", name))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
    }

    private static void join(String network, String group, String partner, Map<String, Object> membership) {
        var request = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(membership);
        Versions.ofMembership(network, group, partner).ifPresent(etag -> request.header("If-Match", etag));
        request.when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return String.valueOf(TopicReader.header(record, "ce_type"));
    }
}
