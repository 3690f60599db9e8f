package de.netzwerk.meeting.api;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.api.ApiFixture;
import de.netzwerk.infra.api.Tenant;
import de.netzwerk.meeting.CalendarFeeds;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Two networks as meeting-service knows them (a group and a partner learnt from partner-events), each with a
 * meeting held yesterday that the partner was invited to, whose attendance and minutes are recorded, and an
 * upcoming meeting the partner is invited to answer. The member calling is that partner; they also belong to a second
 * group, to which they subscribe by a calendar feed, whose secret link the public feed route is called with.
 */
final class MeetingApiFixture {

    private static final String MEETING = "/api/v1/networks/{networkId}/meetings/{meetingId}";
    private static final String FEEDS = "/api/v1/networks/{networkId}/calendar-feeds";

    private MeetingApiFixture() {
    }

    static ApiFixture create() {
        return ApiFixture.of(network(), network())
                .referenceKind("guests", "partnerId")
                // Answers are given before a meeting; the meeting held yesterday takes attendance and minutes.
                .objects("PUT " + MEETING + "/responses/{partnerId}", tenant -> tenant.with("meetingId", tenant.id("upcomingMeetingId")))
                // Rescheduling and cancelling change a meeting for good: each call gets a meeting of its own.
                .objects("PUT " + MEETING, tenant -> tenant.with("meetingId", Meetings.futureMeeting(tenant.networkId(), tenant.id("groupId"), 14)))
                .objects("POST " + MEETING + "/cancellation",
                        tenant -> tenant.with("meetingId", Meetings.futureMeeting(tenant.networkId(), tenant.id("groupId"), 14)))
                // Changes of a meeting, its attendance and its minutes send the ETag just read, as a client would.
                .header("PUT " + MEETING, "If-Match", tenant -> Meetings.meetingTag(tenant.networkId(), tenant.id("meetingId")))
                .header("POST " + MEETING + "/cancellation", "If-Match",
                        tenant -> Meetings.meetingTag(tenant.networkId(), tenant.id("meetingId")))
                .header("PUT " + MEETING + "/attendance", "If-Match",
                        tenant -> Meetings.attendanceTag(tenant.networkId(), tenant.id("meetingId")))
                .header("PUT " + MEETING + "/minutes", "If-Match",
                        tenant -> Meetings.minutesTag(tenant.networkId(), tenant.id("meetingId")))
                // History is entered for a past meeting of its own, whose record it then holds.
                .objects("PUT " + MEETING + "/history",
                        tenant -> tenant.with("meetingId", Meetings.pastMeeting(tenant.networkId(), tenant.id("groupId"), 3)))
                .body("PUT " + MEETING + "/history", tenant -> Map.of(
                        "invitations", Map.of("partnerIds", List.of(tenant.id("partnerId"))),
                        "attendance", List.of(Map.of("partnerId", tenant.id("partnerId"), "status", "PRESENT"))))
                // A member subscribes to a group they belong to; revoking uses a feed up.
                .body("POST " + FEEDS, tenant -> Map.of("scope", "GROUP", "groupId", tenant.id("memberGroupId")))
                .objects("DELETE " + FEEDS + "/{feedId}", tenant -> tenant.with("feedId",
                        CalendarFeeds.ofMyMeetings(tenant.networkId(), tenant.id("partnerId")).id()))
                .snapshot(MeetingApiFixture::snapshotPaths);
    }

    private static Tenant network() {
        String network = Meetings.freshNetwork();
        String group = Replicated.group(network);
        String partner = Replicated.partner(network);
        String held = Meetings.pastMeetingInviting(network, group, 1, partner);
        Meetings.record(network, held, partner, "ABSENT");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Beschlüsse: Der Aktionstag findet am 5. Mai statt."))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, held)
                .then().statusCode(200);
        String upcoming = Meetings.futureMeeting(network, group, 7);
        Meetings.inviteGuests(network, upcoming, partner);
        String memberGroup = Replicated.group(network);
        Replicated.membership(network, memberGroup, partner);
        CalendarFeeds.Created feed = CalendarFeeds.ofGroup(DevTokens.member(network, partner), network, memberGroup);
        return Tenant.of(network).with("groupId", group).with("partnerId", partner)
                .with("meetingId", held).with("upcomingMeetingId", upcoming)
                .with("memberGroupId", memberGroup).with("secret", feed.secret()).member(partner);
    }

    /** Calendars are left out: they carry the moment they were generated (DTSTAMP). */
    private static List<String> snapshotPaths(Tenant tenant) {
        String meetings = "/api/v1/networks/" + tenant.networkId() + "/meetings";
        String held = meetings + "/" + tenant.id("meetingId");
        String upcoming = meetings + "/" + tenant.id("upcomingMeetingId");
        return List.of(meetings, held, held + "/attendance", held + "/invitations", held + "/history", held + "/minutes",
                upcoming, upcoming + "/invitations", "/api/v1/networks/" + tenant.networkId() + "/calendar-feeds?size=200");
    }
}
