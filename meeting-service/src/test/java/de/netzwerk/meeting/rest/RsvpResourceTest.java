package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RsvpResourceTest {

    private final String network = Meetings.freshNetwork();
    private String group;
    private String anna;
    private String ben;

    @BeforeEach
    void groupAndPartners() {
        group = Replicated.group(network);
        List<String> partners = Replicated.partners(network, 2);
        anna = partners.get(0);
        ben = partners.get(1);
    }

    @Test
    void anInviteeAnswersForThemselvesAndACoordinatorOnBehalf() {
        String meeting = Meetings.futureMeeting(network, group, 10);
        invite(meeting, anna, ben);

        answer(DevTokens.member(network, anna), meeting, anna, "ACCEPTED").then().statusCode(200)
                .body("answer", equalTo("ACCEPTED"));
        answer(DevTokens.coordinator(network), meeting, ben, "DECLINED").then().statusCode(200)
                .body("recordedBy", equalTo("test-coordinator"));
    }

    @Test
    void aMemberCannotAnswerForSomeoneElse() {
        String meeting = Meetings.futureMeeting(network, group, 10);
        invite(meeting, anna, ben);

        answer(DevTokens.member(network, anna), meeting, ben, "DECLINED").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void onlyInviteesAnswer() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        answer(DevTokens.member(network, anna), meeting, anna, "ACCEPTED").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aDeclineBeforeTheMeetingMakesALaterAbsenceExcused() {
        OffsetDateTime start = OffsetDateTime.now().plusSeconds(3).withNano(0);
        String meeting = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "Gleich", "startsAt", start.toString(),
                        "endsAt", start.plusHours(1).toString()))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201).extract().path("id");
        invite(meeting, anna, ben);
        answer(DevTokens.member(network, anna), meeting, anna, "DECLINED").then().statusCode(200);
        // Attendance can be recorded once the meeting has started.
        await("the meeting's start").atMost(Duration.ofSeconds(10)).until(() -> OffsetDateTime.now().isAfter(start));
        answer(DevTokens.member(network, ben), meeting, ben, "DECLINED").then().statusCode(200);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", anna, "status", "ABSENT"),
                        Map.of("partnerId", ben, "status", "ABSENT"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200)
                .body("entries.find { it.partnerId == '%s' }.status".formatted(anna), equalTo("EXCUSED"))
                .body("entries.find { it.partnerId == '%s' }.status".formatted(ben), equalTo("ABSENT"));
    }

    private void invite(String meeting, String... guests) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("guests", List.of(guests)))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200).body("items.size()", equalTo(guests.length));
    }

    private io.restassured.response.Response answer(String token, String meeting, String partner, String answer) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("answer", answer, "reason", "Termin"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, meeting, partner);
    }
}
