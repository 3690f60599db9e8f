package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coordinator enters a meeting that took place weeks ago, in one request, as it happened. */
@QuarkusTest
class MeetingHistoryResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String HISTORY = "/api/v1/networks/{n}/meetings/{m}/history";

    private final String network = Meetings.freshNetwork();
    private String group;
    private String anna;
    private String ben;
    private String cem;

    @BeforeEach
    void groupAndPartners() {
        group = Replicated.group(network);
        List<String> partners = Replicated.partners(network, 3);
        anna = partners.get(0);
        ben = partners.get(1);
        cem = partners.get(2);
    }

    @Test
    void aPastMeetingIsEnteredWithTheDatesOnWhichThingsHappened() {
        String meeting = Meetings.pastMeeting(network, group, 30);
        OffsetDateTime start = startOf(meeting);
        OffsetDateTime sent = start.minusDays(10);
        OffsetDateTime declined = start.minusDays(2);

        enter(meeting, history(sent, declined)).then().statusCode(200)
                .body("invitations.partnerId", containsInAnyOrder(anna, ben, cem))
                .body("invitations.daysAhead", everyItem(equalTo(10)))
                .body("invitations.late", everyItem(equalTo(false)))
                .body("invitations.backfilled", everyItem(equalTo(false)))
                .body("invitations.guest", everyItem(equalTo(true)))
                .body("responses.partnerId", contains(ben, anna))
                .body("responses[0].answer", equalTo("DECLINED"))
                .body("responses[0].reason", equalTo("Urlaub"))
                .body("attendance.find { it.partnerId == '%s' }.status".formatted(anna), equalTo("PRESENT"))
                .body("attendance.find { it.partnerId == '%s' }.status".formatted(ben), equalTo("EXCUSED"))
                .body("attendance.find { it.partnerId == '%s' }.status".formatted(cem), equalTo("ABSENT"));

        Response stored = given().auth().oauth2(DevTokens.coordinator(network)).when().get(HISTORY, network, meeting);
        stored.then().statusCode(200);
        assertSameMoment(sent, stored.path("invitations[0].sentAt"));
        assertSameMoment(declined, stored.path("responses[0].respondedAt"));
    }

    @Test
    void invitationsSentTooFewDaysAheadAreLateAndThoseWithoutADateAreBackfilled() {
        String late = Meetings.pastMeeting(network, group, 20);
        enter(late, Map.of("invitations", Map.of("sentAt", startOf(late).minusDays(3).toString(), "partnerIds", List.of(anna))))
                .then().statusCode(200)
                .body("invitations[0].daysAhead", equalTo(3))
                .body("invitations[0].late", equalTo(true))
                .body("invitations[0].backfilled", equalTo(false));

        String undated = Meetings.pastMeeting(network, group, 20);
        enter(undated, Map.of("invitations", Map.of("partnerIds", List.of(anna))))
                .then().statusCode(200)
                .body("invitations[0].daysAhead", nullValue())
                .body("invitations[0].late", equalTo(false))
                .body("invitations[0].backfilled", equalTo(true));
    }

    @Test
    void enteringTheSameHistoryAgainChangesNothing() {
        String meeting = Meetings.pastMeeting(network, group, 30);
        OffsetDateTime start = startOf(meeting);
        Map<String, Object> history = history(start.minusDays(10), start.minusDays(2));
        String first = enter(meeting, history).then().statusCode(200).extract().asString();

        String again = enter(meeting, history).then().statusCode(200)
                .body("attendance.revision", everyItem(equalTo(1)))
                .extract().asString();

        assertEquals(first, again);
    }

    @Test
    void oneUnknownPartnerStoresNothingAndTheProblemNamesIt() {
        String meeting = Meetings.pastMeeting(network, group, 30);
        OffsetDateTime start = startOf(meeting);
        String stranger = UUID.randomUUID().toString();

        enter(meeting, Map.of(
                "invitations", Map.of("sentAt", start.minusDays(10).toString(), "partnerIds", List.of(anna, ben)),
                "attendance", List.of(Map.of("partnerId", anna, "status", "PRESENT"),
                        Map.of("partnerId", stranger, "status", "ABSENT"))))
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("attendance[1].partnerId"));

        assertNothingStored(meeting);
    }

    @Test
    void attendanceOfSomeoneNotInvitedStoresNothing() {
        String meeting = Meetings.pastMeeting(network, group, 30);

        enter(meeting, Map.of(
                "invitations", Map.of("partnerIds", List.of(anna)),
                "attendance", List.of(Map.of("partnerId", anna, "status", "PRESENT"), Map.of("partnerId", ben, "status", "ABSENT"))))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("attendance[1].partnerId"));

        assertNothingStored(meeting);
    }

    @Test
    void datesInTheFutureOrAnswersBeforeTheInvitationAreRefused() {
        String meeting = Meetings.pastMeeting(network, group, 30);
        OffsetDateTime start = startOf(meeting);

        enter(meeting, Map.of("invitations", Map.of("sentAt", OffsetDateTime.now().plusDays(1).toString(),
                "partnerIds", List.of(anna))))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("invitations.sentAt"));
        enter(meeting, Map.of("invitations", Map.of("sentAt", start.minusDays(5).toString(), "partnerIds", List.of(anna)),
                "responses", List.of(Map.of("partnerId", anna, "answer", "ACCEPTED",
                        "respondedAt", start.minusDays(6).toString()))))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("responses[0].respondedAt"));

        assertNothingStored(meeting);
    }

    @Test
    void anInvitationCannotBeGivenAnotherDate() {
        String meeting = Meetings.pastMeeting(network, group, 30);
        OffsetDateTime start = startOf(meeting);
        enter(meeting, Map.of("invitations", Map.of("sentAt", start.minusDays(10).toString(), "partnerIds", List.of(anna))))
                .then().statusCode(200);

        enter(meeting, Map.of("invitations", Map.of("sentAt", start.minusDays(9).toString(), "partnerIds", List.of(ben, anna))))
                .then().statusCode(409).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(network)).when().get(HISTORY, network, meeting)
                .then().statusCode(200).body("invitations.partnerId", contains(anna));
    }

    @Test
    void aRecordedAnswerIsReplacedOnlyByOneGivenLater() {
        String meeting = Meetings.pastMeeting(network, group, 30);
        OffsetDateTime start = startOf(meeting);
        OffsetDateTime declined = start.minusDays(2);
        enter(meeting, history(start.minusDays(10), declined)).then().statusCode(200);

        enter(meeting, Map.of("responses", List.of(Map.of("partnerId", ben, "answer", "ACCEPTED",
                "respondedAt", declined.minusHours(1).toString()))))
                .then().statusCode(409).contentType(PROBLEM_JSON);
        enter(meeting, Map.of("responses", List.of(Map.of("partnerId", ben, "answer", "ACCEPTED",
                "respondedAt", declined.plusHours(1).toString()))))
                .then().statusCode(200)
                .body("responses.find { it.partnerId == '%s' }.answer".formatted(ben), equalTo("ACCEPTED"));
    }

    @Test
    void aMeetingStillAheadHasNoHistoryYet() {
        String meeting = Meetings.futureMeeting(network, group, 5);

        enter(meeting, Map.of("invitations", Map.of("partnerIds", List.of(anna)))).then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void aMemberMayNotEnterHistory() {
        String meeting = Meetings.pastMeeting(network, group, 30);

        given().auth().oauth2(DevTokens.member(network, anna)).contentType(ContentType.JSON)
                .body(Map.of("invitations", Map.of("partnerIds", List.of(anna)),
                        "attendance", List.of(Map.of("partnerId", anna, "status", "PRESENT"))))
                .when().put(HISTORY, network, meeting)
                .then().statusCode(403).contentType(PROBLEM_JSON);

        assertNothingStored(meeting);
    }

    @Test
    void anotherNetworksMeetingIsNotFound() {
        String other = Meetings.freshNetwork();
        String theirs = Meetings.pastMeeting(other, Replicated.group(other), 30);

        enter(theirs, Map.of("invitations", Map.of("partnerIds", List.of(anna)))).then().statusCode(404).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(other)).when().get(HISTORY, other, theirs)
                .then().statusCode(200).body("invitations", empty());
    }

    @Test
    void anEmptyHistoryIsRefused() {
        String meeting = Meetings.pastMeeting(network, group, 30);

        enter(meeting, Map.of()).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    /** Anna came, Ben declined two days before (so excused), Cem stayed away unannounced. */
    private Map<String, Object> history(OffsetDateTime sent, OffsetDateTime declined) {
        return Map.of(
                "invitations", Map.of("sentAt", sent.toString(), "partnerIds", List.of(anna, ben, cem)),
                "responses", List.of(
                        Map.of("partnerId", anna, "answer", "ACCEPTED", "respondedAt", declined.plusDays(1).toString()),
                        Map.of("partnerId", ben, "answer", "DECLINED", "reason", "Urlaub", "respondedAt", declined.toString())),
                "attendance", List.of(
                        Map.of("partnerId", anna, "status", "PRESENT"),
                        Map.of("partnerId", ben, "status", "ABSENT"),
                        Map.of("partnerId", cem, "status", "ABSENT")));
    }

    private Response enter(String meeting, Map<String, Object> history) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(history)
                .when().put(HISTORY, network, meeting);
    }

    private OffsetDateTime startOf(String meeting) {
        return OffsetDateTime.parse(given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(200).extract().path("startsAt"));
    }

    private void assertNothingStored(String meeting) {
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(HISTORY, network, meeting)
                .then().statusCode(200)
                .body("invitations", empty())
                .body("responses", empty())
                .body("attendance", empty());
    }

    private static void assertSameMoment(OffsetDateTime expected, String actual) {
        assertTrue(expected.isEqual(OffsetDateTime.parse(actual)),
                () -> "expected " + expected + ", got " + actual);
    }
}
