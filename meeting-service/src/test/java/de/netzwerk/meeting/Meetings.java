package de.netzwerk.meeting;

import de.netzwerk.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Object mother: meetings and attendance through the API, as a coordinator would enter them. */
public final class Meetings {

    private Meetings() {
    }

    public static String freshNetwork() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A meeting of the group that took place {@code daysAgo} (at least 1) calendar days ago, 10:00 to 12:00 Berlin winter time. */
    public static String pastMeeting(String network, String group, int daysAgo) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(daysAgo)
                .withHour(10).withMinute(0).withSecond(0).withNano(0);
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "AG Inklusion",
                        "startsAt", start.toString(), "endsAt", start.plusHours(2).toString()))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A meeting that took place {@code daysAgo} days ago, entered after the fact with the partners invited as guests. */
    public static String pastMeetingInviting(String network, String group, int daysAgo, String... partners) {
        String meeting = pastMeeting(network, group, daysAgo);
        inviteGuests(network, meeting, partners);
        return meeting;
    }

    /** Invites the group's members and the given guests. */
    public static void inviteGuests(String network, String meeting, String... guests) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("guests", List.of(guests)))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200);
    }

    /** A meeting of the group {@code daysAhead} calendar days from now, at 18:00 Berlin winter time. */
    public static String futureMeeting(String network, String group, int daysAhead) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(daysAhead)
                .withHour(18).withMinute(0).withSecond(0).withNano(0);
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "AG Inklusion",
                        "startsAt", start.toString(), "endsAt", start.plusHours(2).toString()))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201)
                .extract().path("id");
    }

    public static void record(String network, String meeting, String partner, String status) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", partner, "status", status))))
                .header("If-Match", attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200);
    }

    /** The meeting's ETag as a coordinator reads it, to send back in If-Match. */
    public static String meetingTag(String network, Object meeting) {
        return tagOrAnyFor404(network, "/api/v1/networks/{n}/meetings/{m}", meeting);
    }

    /** The ETag of the meeting's attendance as a coordinator reads it, to send back in If-Match. */
    public static String attendanceTag(String network, Object meeting) {
        return tagOrAnyFor404(network, "/api/v1/networks/{n}/meetings/{m}/attendance", meeting);
    }

    /** The ETag of the meeting's published minutes as a coordinator reads it, to send back in If-Match. */
    public static String minutesTag(String network, Object meeting) {
        return tagOrAnyFor404(network, "/api/v1/networks/{n}/meetings/{m}/minutes", meeting);
    }

    /** Sends the minutes' ETag along when they have been published: a correction needs it, the first publication none. */
    public static RequestSpecification withMinutesTag(RequestSpecification request, String network, String meeting) {
        Response minutes = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting);
        return minutes.statusCode() == 200 ? request.header("If-Match", minutes.header("ETag")) : request;
    }

    /** What is not found has no tag: any will do, the request is refused (404) before it is compared. */
    private static String tagOrAnyFor404(String network, String path, Object meeting) {
        Response read = given().auth().oauth2(DevTokens.coordinator(network)).when().get(path, network, meeting);
        return read.statusCode() == 404 ? "\"0\"" : read.then().statusCode(200).extract().header("ETag");
    }
}
