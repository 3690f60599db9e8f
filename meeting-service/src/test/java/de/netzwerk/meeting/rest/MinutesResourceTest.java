package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MinutesResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String network = Meetings.freshNetwork();
    private String group;
    private String present;
    private String absent;

    @BeforeEach
    void groupAndPartners() {
        group = Replicated.group(network);
        List<String> partners = Replicated.partners(network, 2);
        present = partners.get(0);
        absent = partners.get(1);
    }

    @Test
    void minutesPublishedWeeksAfterTheMeetingAreLateAndAskTheAbsentToReadThem() {
        String meeting = Meetings.pastMeetingInviting(network, group, 20, present, absent);
        Meetings.record(network, meeting, present, "PRESENT");
        Meetings.record(network, meeting, absent, "ABSENT");

        publish(meeting, Map.of("text", "Beschlüsse: Aktionstag am 5. Mai.")).then().statusCode(200)
                .body("late", equalTo(true))
                .body("daysAfter", equalTo(20))
                .body("askedToRead.partnerId", contains(absent))
                .body("askedToRead[0].acknowledgedAt", nullValue());
    }

    @Test
    void minutesPublishedWithinTheDeadlineAreNotLateAndACorrectionKeepsThePublicationDate() {
        String meeting = Meetings.pastMeetingInviting(network, group, 2, absent);
        String publishedAt = publish(meeting, Map.of("link", "https://cloud.example.org/s/protokoll"))
                .then().statusCode(200)
                .body("late", equalTo(false))
                .body("daysAfter", equalTo(2))
                .extract().path("publishedAt");

        publish(meeting, Map.of("text", "Korrigiert", "link", "https://cloud.example.org/s/protokoll"))
                .then().statusCode(200)
                .body("text", equalTo("Korrigiert"))
                .body("publishedAt", equalTo(publishedAt));
    }

    @Test
    void minutesEnteredAfterTheFactAreJudgedByWhenTheyWereReallyPublished() {
        String meeting = Meetings.pastMeetingInviting(network, group, 30, absent);
        OffsetDateTime publishedAt = startOf(meeting).plusDays(3);

        String stored = publish(meeting, Map.of("text", "Protokoll", "publishedAt", publishedAt.toString()))
                .then().statusCode(200)
                .body("late", equalTo(false))
                .body("daysAfter", equalTo(3))
                .extract().path("publishedAt");
        assertTrue(publishedAt.isEqual(OffsetDateTime.parse(stored)));

        publish(meeting, Map.of("text", "Protokoll, ergänzt")).then().statusCode(200)
                .body("text", equalTo("Protokoll, ergänzt"))
                .body("publishedAt", equalTo(stored))
                .body("late", equalTo(false));
    }

    @Test
    void aPublicationDateMovesOnlyEarlierAndIsJudgedAgain() {
        String meeting = Meetings.pastMeetingInviting(network, group, 40, absent);
        OffsetDateTime start = startOf(meeting);
        publish(meeting, Map.of("text", "Protokoll", "publishedAt", start.plusDays(20).toString()))
                .then().statusCode(200).body("late", equalTo(true)).body("daysAfter", equalTo(20));

        publish(meeting, Map.of("text", "Protokoll", "publishedAt", start.plusDays(25).toString()))
                .then().statusCode(409).contentType(PROBLEM_JSON);
        publish(meeting, Map.of("text", "Protokoll", "publishedAt", start.plusDays(5).toString()))
                .then().statusCode(200).body("late", equalTo(false)).body("daysAfter", equalTo(5));
    }

    @Test
    void aPublicationDateInTheFutureOrBeforeTheMeetingIsRefusedAndNothingIsPublished() {
        String meeting = Meetings.pastMeetingInviting(network, group, 10, absent);

        publish(meeting, Map.of("text", "Protokoll", "publishedAt", OffsetDateTime.now().plusHours(1).toString()))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("publishedAt"));
        publish(meeting, Map.of("text", "Protokoll", "publishedAt", startOf(meeting).minusHours(1).toString()))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("publishedAt"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void aCoordinatorRecordsWhenAnInviteeReadBackfilledMinutesButAMemberReadsNow() {
        String meeting = Meetings.pastMeetingInviting(network, group, 30, present, absent);
        OffsetDateTime start = startOf(meeting);
        publish(meeting, Map.of("text", "Protokoll", "publishedAt", start.plusDays(3).toString())).then().statusCode(200);
        OffsetDateTime read = start.plusDays(6);

        acknowledge(meeting, absent, DevTokens.coordinator(network), Map.of("acknowledgedAt", start.plusDays(2).toString()))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("acknowledgedAt"));
        String recorded = acknowledge(meeting, absent, DevTokens.coordinator(network), Map.of("acknowledgedAt", read.toString()))
                .then().statusCode(200).extract().path("acknowledgedAt");
        assertTrue(read.isEqual(OffsetDateTime.parse(recorded)));
        acknowledge(meeting, absent, DevTokens.coordinator(network), Map.of("acknowledgedAt", read.plusDays(1).toString()))
                .then().statusCode(409).contentType(PROBLEM_JSON);

        acknowledge(meeting, present, DevTokens.member(network, present), Map.of("acknowledgedAt", read.toString()))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("acknowledgedAt"));
        acknowledge(meeting, present, DevTokens.member(network, present), Map.of()).then().statusCode(200);
    }

    @Test
    void minutesOfAMeetingThatIsNotOverAreRefusedAndNothingIsPublished() {
        String meeting = Meetings.futureMeeting(network, group, 3);

        publish(meeting, Map.of("text", "Vorab")).then().statusCode(409).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void minutesWithNeitherTextNorLinkAreRefused() {
        String meeting = Meetings.pastMeetingInviting(network, group, 2, absent);

        publish(meeting, Map.of("text", "  ")).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("text"));
        publish(meeting, Map.of("link", "protokoll.pdf")).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("link"));
    }

    @Test
    void anInviteeAcknowledgesForThemselvesButNotForAnother() {
        String meeting = Meetings.pastMeetingInviting(network, group, 3, present, absent);
        publish(meeting, Map.of("text", "Protokoll")).then().statusCode(200);

        acknowledge(meeting, absent, DevTokens.member(network, present)).then().statusCode(403).contentType(PROBLEM_JSON);
        minutes(meeting).body("askedToRead.find { it.partnerId == '%s' }.acknowledgedAt".formatted(absent), nullValue());

        acknowledge(meeting, absent, DevTokens.member(network, absent)).then().statusCode(200)
                .body("partnerId", equalTo(absent));
        minutes(meeting).body("askedToRead.find { it.partnerId == '%s' }.acknowledgedAt".formatted(absent), notNullValue());
    }

    @Test
    void aCoordinatorAcknowledgesOnBehalfOfAnInviteeOnly() {
        String meeting = Meetings.pastMeetingInviting(network, group, 3, absent);
        publish(meeting, Map.of("text", "Protokoll")).then().statusCode(200);

        acknowledge(meeting, absent, DevTokens.coordinator(network)).then().statusCode(200);
        acknowledge(meeting, present, DevTokens.coordinator(network)).then().statusCode(409).contentType(PROBLEM_JSON);
        acknowledge(meeting, UUID.randomUUID().toString(), DevTokens.coordinator(network))
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void minutesCannotBeAcknowledgedBeforeTheyArePublished() {
        String meeting = Meetings.pastMeetingInviting(network, group, 3, absent);

        acknowledge(meeting, absent, DevTokens.member(network, absent)).then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void theFirstPublicationNeedsNoIfMatchAndOneSentCannotMatch() {
        String meeting = Meetings.pastMeetingInviting(network, group, 3, absent);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Protokoll")).header("If-Match", "\"0\"")
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("code", equalTo("minutes.not-published"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(404);

        String published = publish(meeting, Map.of("text", "Protokoll")).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Protokoll, korrigiert"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(428).body("code", equalTo("version.required"));
        String corrected = publish(meeting, Map.of("text", "Protokoll, korrigiert")).then().statusCode(200)
                .body("text", equalTo("Protokoll, korrigiert")).extract().header("ETag");
        assertTrue(!published.equals(corrected), "a correction answers a new ETag");
    }

    @Test
    void aMemberMayNotPublishMinutes() {
        String meeting = Meetings.pastMeetingInviting(network, group, 3, absent);

        given().auth().oauth2(DevTokens.member(network, absent)).contentType(ContentType.JSON)
                .body(Map.of("text", "Mein Protokoll"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private Response publish(String meeting, Map<String, Object> body) {
        return Meetings.withMinutesTag(given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(body), network, meeting)
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting);
    }

    private Response acknowledge(String meeting, String partner, String token) {
        return given().auth().oauth2(token)
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, meeting, partner);
    }

    private Response acknowledge(String meeting, String partner, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, meeting, partner);
    }

    private OffsetDateTime startOf(String meeting) {
        return OffsetDateTime.parse(given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(200).extract().path("startsAt"));
    }

    private ValidatableResponse minutes(String meeting) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(200);
    }
}
