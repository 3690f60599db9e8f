package de.netzwerk.meeting.position;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * {@code Netzwerk-Read-After}: a coordinator who just added a member in partner-service and sends the invitations
 * with the position partner-service answered invites the new member, without guessing how long to wait.
 */
@QuarkusTest
class ReadAfterTest {

    private static final String HEADER = "Netzwerk-Read-After";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = Meetings.freshNetwork();
    private final String group = Replicated.group(network);
    private final String anna = Replicated.partner(network);
    private PartnerEvents partnerEvents;

    @BeforeEach
    void groupWithAnna() {
        Replicated.membership(network, group, anna);
        partnerEvents = new PartnerEvents(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        partnerEvents.close();
    }

    @Test
    void invitationsSentAfterTheMembershipsPositionInviteTheNewMember() {
        String meeting = Meetings.futureMeeting(network, group, 10);
        UUID newcomer = UUID.randomUUID();
        partnerEvents.partnerRegistered(newcomer);
        partnerEvents.membershipStarted(UUID.fromString(group), newcomer, false);

        inviteReadingAfter(meeting, partnerEvents.lastPosition())
                .then().statusCode(200)
                .body("items.partnerId", containsInAnyOrder(anna, newcomer.toString()));
    }

    @Test
    void aPositionPastAnEventSentToTheDeadLetterTopicIsReached() {
        String meeting = Meetings.futureMeeting(network, group, 10);
        UUID newcomer = UUID.randomUUID();
        partnerEvents.partnerRegistered(newcomer);
        partnerEvents.membershipStarted(UUID.fromString(group), newcomer, false);
        partnerEvents.membershipStartedOfUnknownVersion(UUID.fromString(group), UUID.randomUUID());

        inviteReadingAfter(meeting, partnerEvents.lastPosition())
                .then().statusCode(200)
                .body("items.partnerId", hasItem(newcomer.toString()));
    }

    @Test
    void aPositionNotReachedInTimeIsAConflictToRetry() {
        String meeting = Meetings.futureMeeting(network, group, 10);
        partnerEvents.partnerRegistered(UUID.randomUUID());
        String[] last = partnerEvents.lastPosition().split(":");
        String beyondTheEnd = "partner-events:" + last[1] + ":" + (Long.parseLong(last[2]) + 1_000_000);

        inviteReadingAfter(meeting, beyondTheEnd)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("code", equalTo("position.not-reached"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aMalformedPositionIsRefusedNamingTheHeader() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        for (String malformed : List.of("partner-events", "partner-events:0", "partner-events:-1:5",
                "partner-events:0:five", "partner events:0:5", "partner-events:0:5,")) {
            inviteReadingAfter(meeting, malformed)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(HEADER))
                    .body("errors.code", contains("position.malformed"));
        }
    }

    @Test
    void partsNamingTopicsThisServiceDoesNotReadAreIgnored() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        inviteReadingAfter(meeting, "task-events:0:999999999,meeting-events:3:999999999")
                .then().statusCode(200)
                .body("items.partnerId", contains(anna));
    }

    @Test
    void aGermanCallerIsToldInGerman() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", "de")
                .header(HEADER, "partner-events:0:abc")
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("muss eine Position sein, wie sie Netzwerk-Position nennt, etwa partner-events:0:17"));
    }

    @Test
    void aCallerWithoutATokenIsRefusedWithoutWaiting() {
        given().header(HEADER, "partner-events:0:999999999")
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(401);
    }

    private Response inviteReadingAfter(String meeting, String position) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header(HEADER, position)
                .body(Map.of("guests", List.of()))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting);
    }
}
