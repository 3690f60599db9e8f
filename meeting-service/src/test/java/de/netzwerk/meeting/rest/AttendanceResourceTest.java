package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AttendanceResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

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
    void theCoordinatorRecordsWhoWasThere() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna, ben);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(
                        Map.of("partnerId", anna, "status", "PRESENT"),
                        Map.of("partnerId", ben, "status", "EXCUSED"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200)
                .body("entries.partnerId", containsInAnyOrder(anna, ben))
                .body("entries.revision", contains(1, 1));
    }

    @Test
    void aCorrectionRaisesTheRevisionAndRepeatingChangesNothing() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna, ben);
        Meetings.record(network, meeting, anna, "ABSENT");
        Meetings.record(network, meeting, anna, "EXCUSED");
        Meetings.record(network, meeting, anna, "EXCUSED");

        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200)
                .body("entries.status", contains("EXCUSED"))
                .body("entries.revision", contains(2));
    }

    @Test
    void theAttendanceHasAVersionOfItsOwnRaisedOnlyByAChange() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna, ben);
        String meetingRead = Meetings.meetingTag(network, meeting);
        assertEquals("\"0\"", Meetings.attendanceTag(network, meeting), "nothing recorded yet");

        Meetings.record(network, meeting, anna, "ABSENT");
        String recorded = Meetings.attendanceTag(network, meeting);
        Meetings.record(network, meeting, anna, "ABSENT");

        assertEquals("\"1\"", recorded);
        assertEquals(recorded, Meetings.attendanceTag(network, meeting), "the same entry again changes nothing");
        assertEquals(meetingRead, Meetings.meetingTag(network, meeting), "the meeting itself did not change");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", anna, "status", "PRESENT"))))
                .header("If-Match", "\"0\"")
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("code", equalTo("version.stale.sent"));
    }

    @Test
    void attendanceOfAMeetingThatHasNotStartedIsAConflictAndNothingIsStored() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(3).withNano(0);
        String meeting = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "Next week", "startsAt", start.toString(),
                        "endsAt", start.plusHours(2).toString()))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", anna, "status", "ABSENT"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(409).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().body("entries", empty());
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheEntry() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna, ben);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", anna, "status", "LATE"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("entries[0].status"));
    }

    @Test
    void aPartnerNamedTwiceIsRefusedAndNothingIsStored() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna, ben);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(
                        Map.of("partnerId", anna, "status", "PRESENT"),
                        Map.of("partnerId", anna, "status", "ABSENT"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("entries"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().body("entries", empty());
    }

    @Test
    void attendanceOfAPartnerNotInvitedIsRefusedNamingTheEntryAndNothingIsStored() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(
                        Map.of("partnerId", anna, "status", "PRESENT"),
                        Map.of("partnerId", ben, "status", "ABSENT"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("entries[1].partnerId"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().body("entries", empty());
    }

    @Test
    void aMemberCannotRecordAttendance() {
        String meeting = Meetings.pastMeetingInviting(network, group, 1, anna, ben);

        given().auth().oauth2(DevTokens.member(network, anna)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", anna, "status", "PRESENT"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void attendanceOfAnUnknownMeetingIsNotFound() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", anna, "status", "PRESENT"))))
                .header("If-Match", Meetings.attendanceTag(network, UUID.randomUUID()))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }
}
