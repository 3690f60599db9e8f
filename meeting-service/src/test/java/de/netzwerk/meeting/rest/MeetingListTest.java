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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Sorting the meetings list and polling it for changes ({@code sort}, {@code updatedSince}); issue 16, item 5. */
@QuarkusTest
class MeetingListTest {

    private static final String MEETINGS = "/api/v1/networks/{n}/meetings";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final String network = Meetings.freshNetwork();
    private String group;

    @BeforeEach
    void group() {
        group = Replicated.group(network);
    }

    @Test
    void theListIsInDateOrderUnlessSortedByTitleOrNewestFirst() {
        String workshop = schedule("Zukunftswerkstatt", "2027-03-10T18:00:00+01:00");
        String steering = schedule("Steuerungsgruppe", "2027-03-03T18:00:00+01:00");
        String inclusion = schedule("AG Inklusion", "2027-03-17T18:00:00+01:00");

        assertOrder(null, steering, workshop, inclusion);
        assertOrder("startsAt", steering, workshop, inclusion);
        assertOrder("-startsAt", inclusion, workshop, steering);
        assertOrder("title", inclusion, steering, workshop);
        assertOrder("-title", workshop, steering, inclusion);
    }

    @Test
    void meetingsWithTheSameTitleKeepOneOrderAcrossPages() {
        List<String> ids = List.of(schedule("AG Wohnen", "2027-04-01T18:00:00+02:00"),
                schedule("AG Wohnen", "2027-04-08T18:00:00+02:00"), schedule("AG Wohnen", "2027-04-15T18:00:00+02:00"));
        List<String> byId = ids.stream().sorted().toList();

        for (int page = 0; page < 3; page++) {
            list(Map.of("sort", "title", "size", 1, "page", page)).then().statusCode(200)
                    .body("items.id", contains(byId.get(page)));
        }
    }

    @Test
    void updatedSinceListsWhatWasChangedAtOrAfterTheMomentAndNotWhatWasNot() {
        String untouched = schedule("AG Freizeit", "2027-05-05T18:00:00+02:00");
        String moved = schedule("AG Arbeit", "2027-05-12T18:00:00+02:00");
        String cancelled = schedule("AG Wohnen", "2027-05-19T18:00:00+02:00");
        OffsetDateTime moment = OffsetDateTime.now();

        String movedAt = change(moved, Map.of("title", "AG Arbeit", "startsAt", "2027-05-13T18:00:00+02:00",
                "endsAt", "2027-05-13T20:00:00+02:00"), "PUT", "").then().statusCode(200).extract().path("updatedAt");
        change(cancelled, Map.of("reason", "Zu wenige Zusagen"), "POST", "/cancellation").then().statusCode(200);

        list(Map.of("updatedSince", moment.toString(), "sort", "updatedAt")).then().statusCode(200)
                .body("items.id", contains(moved, cancelled))
                .body("totalItems", equalTo(2));
        list(Map.of("updatedSince", movedAt)).then().statusCode(200)
                .body("items.id", hasItem(moved));
        list(Map.of()).then().body("items.id", hasItem(untouched));
    }

    @Test
    void anUnknownSortKeyIsRefusedNamingTheParameter() {
        list(Map.of("sort", "place")).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(containsString("sort")));
        list(Map.of("updatedSince", "gestern")).then().statusCode(400).contentType(PROBLEM_JSON);
    }

    private void assertOrder(String sort, String... expected) {
        list(sort == null ? Map.of() : Map.of("sort", sort)).then().statusCode(200).body("items.id", contains(expected));
    }

    private Response list(Map<String, ?> query) {
        return given().auth().oauth2(DevTokens.integration(network)).queryParams(query).when().get(MEETINGS, network);
    }

    private String schedule(String title, String startsAt) {
        OffsetDateTime start = OffsetDateTime.parse(startsAt);
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", title, "startsAt", startsAt, "endsAt", start.plusHours(2).toString()))
                .when().post(MEETINGS, network)
                .then().statusCode(201).extract().path("id");
    }

    private Response change(String meeting, Map<String, Object> body, String method, String subresource) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().request(method, MEETINGS + "/{m}" + subresource, network, meeting);
    }
}
