package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Details, rescheduling and cancelling of a meeting, and listing by time window. */
@QuarkusTest
class MeetingLifecycleTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String network = Meetings.freshNetwork();
    private String group;

    @BeforeEach
    void group() {
        group = Replicated.group(network);
    }

    @Test
    void aMeetingKeepsItsDetailsAndReadsInTheNetworksTimeZone() {
        Map<String, Object> details = details("2026-12-03T17:00:00Z", "2026-12-03T19:00:00Z");
        details.put("format", "FUTURE_WORKSHOP");
        details.put("place", "Rathaus Musterstadt, Raum 2.14");
        details.put("onlineLink", "https://meet.example.org/ag-inklusion");
        details.put("agenda", "1. Rückblick\n2. Planung");

        String meeting = schedule(details);

        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(200)
                .body("format", equalTo("FUTURE_WORKSHOP"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("startsAt", equalTo("2026-12-03T18:00:00+01:00"))
                .body("place", equalTo("Rathaus Musterstadt, Raum 2.14"))
                .body("onlineLink", equalTo("https://meet.example.org/ag-inklusion"))
                .body("agenda", equalTo("1. Rückblick\n2. Planung"))
                .body("status", equalTo("SCHEDULED"))
                .body("sequence", equalTo(0));
    }

    @Test
    void reschedulingMovesTheMeetingAndRaisesTheSequenceOnce() {
        String meeting = schedule(details("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00"));
        Map<String, Object> moved = details("2026-12-10T18:00:00+01:00", "2026-12-10T20:00:00+01:00");

        update(meeting, moved).then().statusCode(200)
                .body("startsAt", equalTo("2026-12-10T18:00:00+01:00"))
                .body("sequence", equalTo(1));
        update(meeting, moved).then().statusCode(200).body("sequence", equalTo(1));
    }

    @Test
    void aCancelledMeetingKeepsItsReasonAndTakesNoInvitations() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        cancel(meeting, "Zu wenige Zusagen").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Zu wenige Zusagen"))
                .body("sequence", equalTo(1));

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("code", equalTo("meeting.cancelled"));
        cancel(meeting, "Noch einmal").then().statusCode(409).contentType(PROBLEM_JSON);
        update(meeting, details("2027-01-10T18:00:00+01:00", "2027-01-10T20:00:00+01:00"))
                .then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void aCancellationWithoutReasonIsRefusedAndTheMeetingStillTakesPlace() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        cancel(meeting, " ").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("reason"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().body("status", equalTo("SCHEDULED")).body("sequence", equalTo(0));
    }

    @Test
    void aMeetingThatTookPlaceCannotBeCancelledNorMovedIntoTheFuture() {
        String partner = Replicated.partner(network);
        String meeting = Meetings.pastMeetingInviting(network, group, 3, partner);
        Meetings.record(network, meeting, partner, "PRESENT");

        cancel(meeting, "Versehen").then().statusCode(409).contentType(PROBLEM_JSON);
        update(meeting, details("2027-01-10T18:00:00+01:00", "2027-01-10T20:00:00+01:00"))
                .then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void anUnknownTimeZoneOrALinkThatIsNoWebLinkIsRefusedAndNothingIsStored() {
        Map<String, Object> badZone = details("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");
        badZone.put("timeZone", "Europe/Musterstadt");
        Map<String, Object> badLink = details("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");
        badLink.put("onlineLink", "javascript:alert(1)");

        post(badZone).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("timeZone"));
        post(badLink).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("onlineLink"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void meetingsAreListedByTimeWindow() {
        schedule(details("2026-11-26T18:00:00+01:00", "2026-11-26T20:00:00+01:00"));
        String december = schedule(details("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00"));
        schedule(details("2027-01-07T18:00:00+01:00", "2027-01-07T20:00:00+01:00"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .queryParam("groupId", group)
                .queryParam("from", "2026-12-01T00:00:00+01:00")
                .queryParam("to", "2027-01-01T00:00:00+01:00")
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(200)
                .body("items.id", contains(december))
                .body("totalItems", equalTo(1));
    }

    @Test
    void aWindowBoundThatIsNoDateTimeIsRefusedNamingIt() {
        given().auth().oauth2(DevTokens.coordinator(network))
                .queryParam("from", "1.12.2026")
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("from"));
    }

    @Test
    void aMemberMayNotRescheduleOrCancel() {
        String meeting = Meetings.futureMeeting(network, group, 10);
        String member = DevTokens.member(network, UUID.randomUUID().toString());

        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(details("2027-01-10T18:00:00+01:00", "2027-01-10T20:00:00+01:00"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(member).contentType(ContentType.JSON).body(Map.of("reason", "Keine Lust"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().post("/api/v1/networks/{n}/meetings/{m}/cancellation", network, meeting)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private Map<String, Object> details(String startsAt, String endsAt) {
        return new HashMap<>(Map.of("groupId", group, "title", "AG Inklusion", "startsAt", startsAt, "endsAt", endsAt));
    }

    private Response post(Map<String, Object> details) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(details)
                .when().post("/api/v1/networks/{n}/meetings", network);
    }

    private String schedule(Map<String, Object> details) {
        return post(details).then().statusCode(201).extract().path("id");
    }

    private Response update(String meeting, Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>(details);
        body.remove("groupId");
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}", network, meeting);
    }

    private Response cancel(String meeting, String reason) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().post("/api/v1/networks/{n}/meetings/{m}/cancellation", network, meeting);
    }
}
