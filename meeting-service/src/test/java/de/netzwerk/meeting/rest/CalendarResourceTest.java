package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The .ics a calendar client receives, read back with ical4j's own parser. */
@QuarkusTest
class CalendarResourceTest {

    private static final Pattern VEVENT = Pattern.compile("BEGIN:VEVENT.*?END:VEVENT", Pattern.DOTALL);

    @ConfigProperty(name = "netzwerk.meetings.public-base-url")
    String publicBaseUrl;

    private final String network = Meetings.freshNetwork();
    private String group;

    @BeforeEach
    void group() {
        group = Replicated.group(network);
    }

    @Test
    void aMeetingsCalendarCarriesAStableUidItsSequenceAndItsTimeZone() throws Exception {
        String meeting = schedule("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");

        VEvent before = onlyEvent(calendarOf(meeting));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "AG Inklusion", "startsAt", "2026-12-10T18:00:00+01:00",
                        "endsAt", "2026-12-10T20:00:00+01:00"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(200);
        Calendar after = calendarOf(meeting);
        VEvent moved = onlyEvent(after);

        assertEquals(meeting + "@netzwerk", value(before, Property.UID));
        assertEquals(value(before, Property.UID), value(moved, Property.UID), "the UID never changes");
        assertEquals("0", value(before, Property.SEQUENCE));
        assertEquals("1", value(moved, Property.SEQUENCE));
        assertEquals("20261210T180000", value(moved, Property.DTSTART));
        assertEquals("Europe/Berlin", moved.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        List<VTimeZone> zones = after.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Berlin", zones.getFirst().getTimeZoneId().getValue());
        assertEquals(publicBaseUrl + "/api/v1/networks/%s/meetings/%s".formatted(network, meeting),
                value(moved, Property.URL), "links to the meeting at the configured address");
    }

    @Test
    void theLinksComeFromTheConfiguredAddressNeverFromTheRequestsHost() {
        String meeting = schedule("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");
        String link = "URL:" + publicBaseUrl + "/api/v1/networks/%s/meetings/%s".formatted(network, meeting);

        for (ExtractableResponse<Response> calendar : List.of(
                fromHost("evil.example", "/api/v1/networks/{n}/meetings/{m}/calendar.ics", meeting),
                fromHost("evil.example", "/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", group))) {
            String ics = unfolded(calendar.asString());

            assertFalse(ics.contains("evil.example"), ics);
            assertFalse(calendar.headers().toString().contains("evil.example"), calendar.headers().toString());
            assertTrue(ics.contains(link), ics);
        }
    }

    @Test
    void eachEntryCarriesExactlyOneStamp() {
        schedule("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");
        schedule("2027-01-07T18:00:00+01:00", "2027-01-07T20:00:00+01:00");

        String ics = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", network, group)
                .then().statusCode(200).extract().asString();

        List<String> events = VEVENT.matcher(unfolded(ics)).results().map(MatchResult::group).toList();
        assertEquals(2, events.size());
        for (String event : events) {
            assertEquals(1, event.lines().filter(line -> line.startsWith("DTSTAMP")).count(), event);
        }
    }

    @Test
    void theFeedOfAGroupThatIsNotOfTheNetworkIsNotFound() {
        String othersGroup = Replicated.group(Meetings.freshNetwork());

        for (String unknown : List.of(othersGroup, UUID.randomUUID().toString())) {
            given().auth().oauth2(DevTokens.coordinator(network))
                    .when().get("/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", network, unknown)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void aCancelledMeetingIsMarkedCancelledWithAHigherSequence() throws Exception {
        String meeting = schedule("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Zu wenige Zusagen"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().post("/api/v1/networks/{n}/meetings/{m}/cancellation", network, meeting)
                .then().statusCode(200);

        VEvent cancelled = onlyEvent(calendarOf(meeting));

        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertEquals("1", value(cancelled, Property.SEQUENCE));
        assertTrue(value(cancelled, Property.DESCRIPTION).contains("Zu wenige Zusagen"));
    }

    @Test
    void theGroupFeedHoldsTheGroupsMeetingsOnly() throws Exception {
        String first = schedule("2026-12-03T18:00:00+01:00", "2026-12-03T20:00:00+01:00");
        String second = schedule("2027-01-07T18:00:00+01:00", "2027-01-07T20:00:00+01:00");
        Meetings.futureMeeting(network, Replicated.group(network), 5);

        String ics = given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", network, group)
                .then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);

        assertEquals(List.of(first + "@netzwerk", second + "@netzwerk"),
                events.stream().map(event -> value(event, Property.UID)).toList());
    }

    @Test
    void theGroupFeedIsServedUnderMeetingsOnlyBecauseGroupsBelongToPartnerService() {
        // One owner per path prefix (issue 16): the front door sends …/groups/… to partner-service.
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/calendar.ics", network, group)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", network, group)
                .then().statusCode(200);
    }

    @Test
    void aCalendarWithoutTokenIsRefused() {
        given().when().get("/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", network, group)
                .then().statusCode(401);
    }

    private String schedule(String startsAt, String endsAt) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "AG Inklusion", "startsAt", startsAt, "endsAt", endsAt,
                        "place", "Rathaus, Raum 2.14"))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201).extract().path("id");
    }

    private ExtractableResponse<Response> fromHost(String host, String path, String id) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .header("Host", host).header("X-Forwarded-Host", host)
                .when().get(path, network, id)
                .then().statusCode(200).extract();
    }

    /** RFC 5545 folds lines longer than 75 octets; a link or host may be split across two of them. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private Calendar calendarOf(String meeting) throws Exception {
        String ics = given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/calendar.ics", network, meeting)
                .then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.getFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
