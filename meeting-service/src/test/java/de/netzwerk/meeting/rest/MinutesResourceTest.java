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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
    void aMemberMayNotPublishMinutes() {
        String meeting = Meetings.pastMeetingInviting(network, group, 3, absent);

        given().auth().oauth2(DevTokens.member(network, absent)).contentType(ContentType.JSON)
                .body(Map.of("text", "Mein Protokoll"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private Response publish(String meeting, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting);
    }

    private Response acknowledge(String meeting, String partner, String token) {
        return given().auth().oauth2(token)
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, meeting, partner);
    }

    private ValidatableResponse minutes(String meeting) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting)
                .then().statusCode(200);
    }
}
