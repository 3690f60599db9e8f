package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class MeetingResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String network = Meetings.freshNetwork();
    private String group;

    @BeforeEach
    void group() {
        group = Replicated.group(network);
    }

    @Test
    void aScheduledMeetingIsListedForItsGroupInDateOrder() {
        String later = schedule("Zukunftswerkstatt", "2026-12-10T18:00:00+01:00", "2026-12-10T21:00:00+01:00");
        String earlier = schedule("AG Inklusion", "2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");

        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .queryParam("groupId", group)
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(200)
                .body("items.id", contains(earlier, later))
                .body("totalItems", equalTo(2));

        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, earlier)
                .then().statusCode(200)
                .body("title", equalTo("AG Inklusion"));
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedNamingEndsAt() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "Backwards",
                        "startsAt", "2026-12-03T18:00:00+01:00", "endsAt", "2026-12-03T17:00:00+01:00"))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("endsAt"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void aMalformedDateIsRefusedNamingItsField() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "Typo", "startsAt", "3.12.2026 18:00",
                        "endsAt", "2026-12-03T20:00:00+01:00"))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("startsAt"));
    }

    @Test
    void aPageLargerThanAllowedIsRefusedNamingSize() {
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("size", 500)
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void aGroupIdThatIsNoUuidIsRefusedNamingIt() {
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("groupId", "ag-inklusion")
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("groupId"));
    }

    @Test
    void aMemberMayNotScheduleMeetings() {
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "Not mine to call",
                        "startsAt", "2026-12-03T18:00:00+01:00", "endsAt", "2026-12-03T20:00:00+01:00"))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void meetingsOfAnotherNetworkAreInvisible() {
        String meeting = schedule("Steuerungsgruppe", "2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");

        given().auth().oauth2(DevTokens.coordinator("some-other-network"))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private String schedule(String title, String startsAt, String endsAt) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", title, "startsAt", startsAt, "endsAt", endsAt))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201)
                .extract().path("id");
    }
}
