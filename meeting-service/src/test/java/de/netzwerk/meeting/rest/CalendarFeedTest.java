package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.CalendarFeeds;
import de.netzwerk.meeting.CalendarFeeds.Created;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.calendar.FeedSecret;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.meeting.CalendarFeeds.FEEDS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendar feeds behind secret links, as a calendar app reads them: without any header. What a link shows, that a
 * revoked or stale one answers exactly like one never issued, who may create which, and that the secret is kept nowhere.
 */
@QuarkusTest
class CalendarFeedTest {

    @ConfigProperty(name = "netzwerk.meetings.public-base-url")
    String publicBaseUrl;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private final String network = Meetings.freshNetwork();
    private PartnerEvents events;
    private String group;

    @BeforeEach
    void group() {
        events = new PartnerEvents(bootstrapServers, network);
        group = Replicated.group(network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aGroupsLinkShowsThatGroupsMeetingsToACalendarAppWithoutAnyHeader() throws Exception {
        String first = Meetings.futureMeeting(network, group, 3);
        String cancelled = Meetings.futureMeeting(network, group, 10);
        cancel(cancelled);
        String ofAnotherGroup = Meetings.futureMeeting(network, Replicated.group(network), 5);

        Created feed = CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);
        ExtractableResponse<Response> read = given().when().get(feed.path())
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract();
        List<VEvent> entries = new CalendarBuilder().build(new StringReader(read.asString())).getComponents(Component.VEVENT);

        assertTrue(feed.url().startsWith(publicBaseUrl + "/api/v1/calendar/feeds/"), feed.url());
        assertEquals(List.of(first + "@netzwerk", cancelled + "@netzwerk"), entries.stream().map(e -> value(e, Property.UID)).toList(),
                "the group's meetings only, not " + ofAnotherGroup);
        assertEquals(List.of("CONFIRMED", "CANCELLED"), entries.stream().map(e -> value(e, Property.STATUS)).toList());
        assertEquals("private, max-age=300", read.header("Cache-Control"));
        assertNotNull(read.header("ETag"));
    }

    @Test
    void aCalendarAppThatHasTheFeedAlreadyIsToldNothingChangedUntilAMeetingDoes() {
        Meetings.futureMeeting(network, group, 3);
        Created feed = CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);
        String tag = given().when().get(feed.path()).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", tag).when().get(feed.path()).then().statusCode(304).header("ETag", tag);
        cancel(Meetings.futureMeeting(network, group, 8));
        given().header("If-None-Match", tag).when().get(feed.path())
                .then().statusCode(200).header("ETag", not(equalTo(tag)));
    }

    @Test
    void aRevokedLinkAnswersAtOnceExactlyAsOneNeverIssued() {
        Meetings.futureMeeting(network, group, 3);
        Created feed = CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);
        given().when().get(feed.path()).then().statusCode(200);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().delete(FEEDS + "/{id}", network, feed.id()).then().statusCode(204);

        ExtractableResponse<Response> revoked = given().when().get(feed.path())
                .then().statusCode(404).contentType("application/problem+json").extract();
        ExtractableResponse<Response> neverIssued = given().when()
                .get("/api/v1/calendar/feeds/{secret}.ics", FeedSecret.generate())
                .then().statusCode(404).extract();
        assertEquals(neverIssued.asString(), revoked.asString());
        assertFalse(revoked.asString().contains(feed.secret()), "the answer does not repeat the secret");
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().delete(FEEDS + "/{id}", network, feed.id()).then().statusCode(404);
    }

    @Test
    void aMembersLinkToTheirOwnMeetingsShowsTheMeetingsTheyAreInvitedTo() throws Exception {
        String partner = Replicated.partner(network);
        String invited = Meetings.futureMeeting(network, group, 4);
        Meetings.inviteGuests(network, invited, partner);
        String notInvited = Meetings.futureMeeting(network, group, 6);
        Meetings.inviteGuests(network, notInvited);

        Created feed = CalendarFeeds.ofMyMeetings(network, partner);
        String ics = given().when().get(feed.path()).then().statusCode(200).extract().asString();
        List<VEvent> entries = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);

        assertEquals(List.of(invited + "@netzwerk"), entries.stream().map(e -> value(e, Property.UID)).toList());
    }

    @Test
    void aMemberSubscribesToTheirOwnGroupsOnlyACoordinatorToAnyGroupOfTheNetwork() {
        String partner = Replicated.partner(network);
        String theirs = Replicated.group(network);
        Replicated.membership(network, theirs, partner);

        given().auth().oauth2(DevTokens.member(network, partner)).contentType(ContentType.JSON)
                .body(Map.of("scope", "GROUP", "groupId", group))
                .when().post(FEEDS, network).then().statusCode(403).contentType("application/problem+json");
        CalendarFeeds.ofGroup(DevTokens.member(network, partner), network, theirs);
        CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);
    }

    @Test
    void aGroupOfAnotherNetworkOrOfNoneIsRefusedNamingTheField() {
        String othersGroup = Replicated.group(Meetings.freshNetwork());

        for (String unknown : List.of(othersGroup, UUID.randomUUID().toString())) {
            given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                    .body(Map.of("scope", "GROUP", "groupId", unknown))
                    .when().post(FEEDS, network)
                    .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("groupId"));
        }
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("scope", "GROUP"))
                .when().post(FEEDS, network).then().statusCode(400).body("errors[0].field", equalTo("groupId"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("scope", "MY_MEETINGS"))
                .when().post(FEEDS, network).then().statusCode(400).body("errors[0].field", equalTo("scope"));
    }

    @Test
    void aMemberListsAndRevokesTheirOwnFeedsOnlyACoordinatorAnyOfTheNetwork() {
        List<String> partners = Replicated.partners(network, 2);
        Created own = CalendarFeeds.ofMyMeetings(network, partners.get(0));
        Created others = CalendarFeeds.ofMyMeetings(network, partners.get(1));
        String member = DevTokens.member(network, partners.get(0));

        given().auth().oauth2(member).when().get(FEEDS, network)
                .then().statusCode(200).body("items.id", equalTo(List.of(own.id())))
                .body("items[0].scope", equalTo("MY_MEETINGS"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(FEEDS, network)
                .then().statusCode(200).body("items.id", hasItem(others.id())).body("items.id", hasItem(own.id()));
        given().auth().oauth2(member).when().delete(FEEDS + "/{id}", network, others.id()).then().statusCode(404);
        given().when().get(others.path()).then().statusCode(200);
        given().auth().oauth2(member).when().delete(FEEDS + "/{id}", network, own.id()).then().statusCode(204);
        given().when().get(own.path()).then().statusCode(404);
    }

    @Test
    void theSecretIsNeitherStoredNorShownAgain() {
        Created feed = CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);

        String list = given().auth().oauth2(DevTokens.coordinator(network)).when().get(FEEDS, network)
                .then().statusCode(200).extract().asString();
        String rows = QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager
                .createNativeQuery("select string_agg(t::text, ' ') from calendar_feed t where network_id = ?1")
                .setParameter(1, network).getSingleResult()));

        assertTrue(rows.contains(feed.id()), rows);
        assertFalse(rows.contains(feed.secret()), rows);
        assertTrue(list.contains(feed.id()), list);
        assertFalse(list.contains(feed.secret()), list);
    }

    @Test
    void aPartnerWhoLeavesTheNetworkLosesTheirLinks() {
        String partner = Replicated.partner(network);
        Replicated.membership(network, group, partner);
        Created mine = CalendarFeeds.ofMyMeetings(network, partner);
        Created ofGroup = CalendarFeeds.ofGroup(DevTokens.member(network, partner), network, group);

        events.partnerLeft(UUID.fromString(partner));
        awaitNoFeedsOf(partner);

        given().when().get(mine.path()).then().statusCode(404);
        given().when().get(ofGroup.path()).then().statusCode(404);
        given().auth().oauth2(DevTokens.member(network, partner)).contentType(ContentType.JSON)
                .body(Map.of("scope", "MY_MEETINGS")).when().post(FEEDS, network).then().statusCode(409);
    }

    @Test
    void anErasedPartnersLinksAreDeleted() {
        String partner = Replicated.partner(network);
        Created mine = CalendarFeeds.ofMyMeetings(network, partner);
        given().when().get(mine.path()).then().statusCode(200);

        events.partnerErased(UUID.fromString(partner), UUID.randomUUID());
        awaitNoFeedsOf(partner);

        given().when().get(mine.path()).then().statusCode(404);
    }

    @Test
    void aMemberWhoLeavesTheGroupLosesTheirLinkToItButNotToTheirOwnMeetings() {
        String partner = Replicated.partner(network);
        Replicated.membership(network, group, partner);
        Created ofGroup = CalendarFeeds.ofGroup(DevTokens.member(network, partner), network, group);
        Created mine = CalendarFeeds.ofMyMeetings(network, partner);
        Created coordinators = CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);

        events.membershipEnded(UUID.fromString(group), UUID.fromString(partner));
        Replicated.await("the member's group feed deleted", () -> count(ofGroup.id()) == 0);

        given().when().get(ofGroup.path()).then().statusCode(404);
        given().when().get(mine.path()).then().statusCode(200);
        given().when().get(coordinators.path()).then().statusCode(200);
    }

    private void cancel(String meeting) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Zu wenige Zusagen"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().post("/api/v1/networks/{n}/meetings/{m}/cancellation", network, meeting)
                .then().statusCode(200);
    }

    private void awaitNoFeedsOf(String partner) {
        Replicated.await("no feeds of " + partner, () -> ((Number) entityManager
                .createNativeQuery("select count(*) from calendar_feed where partner_id = ?1")
                .setParameter(1, UUID.fromString(partner)).getSingleResult()).longValue() == 0);
    }

    private long count(String feedId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from calendar_feed where id = ?1")
                .setParameter(1, UUID.fromString(feedId)).getSingleResult()).longValue();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
