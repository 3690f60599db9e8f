package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ContactCareTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void relationshipsGoingColdAreListedKeyActorsFirstThenTheLongestWithoutContact() {
        String recentlyCalled = Partners.registered(network, Partners.profile("Anna (angerufen)"));
        String onlyNewsletter = Partners.registered(network, Partners.profile("Ben (nur Newsletter)"));
        String calledLongAgo = Partners.registered(network, Partners.profile("Clara (lange her)"));
        String keyActor = Partners.registered(network, Partners.profile("Zoe (Schlüsselakteurin)"));
        Map<String, Object> gone = Partners.profile("Emil (ausgeschieden)");
        gone.put("status", "LEFT");
        Partners.registered(network, gone);
        logContact(recentlyCalled, TODAY.minusDays(10), "CALL").then().statusCode(201);
        logContact(onlyNewsletter, TODAY.minusDays(10), "NEWSLETTER").then().statusCode(201);
        logContact(calledLongAgo, TODAY.minusDays(200), "PERSONAL_MEETING").then().statusCode(201);
        makeKeyActor(keyActor);

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("contactOlderThan", "P90D")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("items.id", contains(keyActor, onlyNewsletter, calledLongAgo));
    }

    @Test
    void theContactLogShowsTheLatestFirstWithItsLevel() {
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        logContact(partner, TODAY.minusDays(30), "INFO_MAIL");
        logContact(partner, TODAY.minusDays(2), "CALL");

        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/partners/{p}/contacts", network, partner)
                .then().statusCode(200)
                .body("items.channel", contains("CALL", "INFO_MAIL"))
                .body("items.level", contains("RELATIONSHIP", "CONTENT"))
                .body("items[0].madeBy", equalTo("test-coordinator"));
    }

    @Test
    void theChannelsOfAlertFollowUpAreRelationshipCareWhenLoggedByHandToo() {
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        for (String channel : List.of("VIDEO_CALL", "PERSONAL_MAIL", "LETTER", "OTHER")) {
            logContact(partner, TODAY.minusDays(1), channel).then().statusCode(201)
                    .body("level", equalTo("RELATIONSHIP")).body("source", equalTo("CONTACT_LOG"));
        }
    }

    @Test
    void aContactInTheFutureOrABadPeriodIsRefused() {
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));

        logContact(partner, TODAY.plusDays(3), "CALL").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("contactedOn"));
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("contactOlderThan", "90 Tage")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(400).body("errors.field", contains("contactOlderThan"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}/contacts", network, partner)
                .then().body("totalItems", equalTo(0));
    }

    private io.restassured.response.Response logContact(String partner, LocalDate on, String channel) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("contactedOn", on.toString(), "channel", channel, "note", "Kurzes Gespräch"))
                .when().post("/api/v1/networks/{n}/partners/{p}/contacts", network, partner);
    }

    private void makeKeyActor(String partner) {
        String goal = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Arbeit für alle", "category", "JOINT_PROJECTS", "priority", 1))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("needs", List.of(Map.of("partnerId", partner, "purpose", "Türöffnerin", "keyActor", true))))
                .header("If-Match", Versions.ofGoal(network, goal))
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(200);
    }
}
