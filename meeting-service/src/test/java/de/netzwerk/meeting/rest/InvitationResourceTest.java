package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.GroupMember;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InvitationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    GroupMemberRepository members;

    private final String network = Meetings.freshNetwork();
    private final UUID group = UUID.randomUUID();
    private final UUID anna = UUID.randomUUID();
    private final UUID newcomer = UUID.randomUUID();
    private final UUID former = UUID.randomUUID();
    private PartnerEvents partnerEvents;

    @BeforeEach
    void groupWithMembers() {
        partnerEvents = new PartnerEvents(bootstrapServers, network);
        partnerEvents.membershipStarted(group, anna, true);
        partnerEvents.membershipStarted(group, newcomer, false);
        partnerEvents.membershipStarted(group, former, true);
        partnerEvents.membershipEnded(group, former);
        awaitReplica(Set.of(anna, newcomer));
    }

    @AfterEach
    void disconnect() {
        partnerEvents.close();
    }

    @Test
    void invitationsGoExactlyToTheCurrentMembersAndNewcomersAreFlagged() {
        String meeting = Meetings.futureMeeting(network, group.toString(), 10);

        invite(meeting, List.of())
                .then().statusCode(200)
                .body("items.partnerId", containsInAnyOrder(anna.toString(), newcomer.toString()))
                .body("items.late", everyItem(equalTo(false)))
                .body("items.daysAhead", everyItem(equalTo(10)))
                .body("items.find { it.partnerId == '%s' }.introductoryTalkPending".formatted(newcomer), equalTo(true))
                .body("items.find { it.partnerId == '%s' }.introductoryTalkPending".formatted(anna), equalTo(false));
    }

    @Test
    void invitationsFewerThanSevenDaysAheadAreLate() {
        String meeting = Meetings.futureMeeting(network, group.toString(), 3);

        invite(meeting, List.of()).then().statusCode(200)
                .body("items.late", everyItem(equalTo(true)))
                .body("items.daysAhead", everyItem(equalTo(3)));
    }

    @Test
    void invitationsRecordedAfterTheMeetingAreBackfilledNotLate() {
        String meeting = Meetings.pastMeeting(network, group.toString(), 20);

        invite(meeting, List.of()).then().statusCode(200)
                .body("items.backfilled", everyItem(equalTo(true)))
                .body("items.late", everyItem(equalTo(false)))
                .body("items.daysAhead", everyItem(nullValue()));
    }

    @Test
    void guestsAreInvitedAndNobodyIsInvitedTwice() {
        String meeting = Meetings.futureMeeting(network, group.toString(), 10);
        UUID guest = UUID.fromString(Replicated.partner(network));
        invite(meeting, List.of(guest.toString())).then().statusCode(200);

        invite(meeting, List.of(guest.toString())).then().statusCode(200)
                .body("items.partnerId", containsInAnyOrder(anna.toString(), newcomer.toString(), guest.toString()))
                .body("items.findAll { it.guest }.partnerId", contains(guest.toString()));
    }

    @Test
    void aPartnerWhoJoinsLaterIsInvitedToTheMeetingsStillAhead() {
        String ahead = Meetings.futureMeeting(network, group.toString(), 10);
        String past = Meetings.pastMeeting(network, group.toString(), 5);
        invite(ahead, List.of()).then().statusCode(200);
        invite(past, List.of()).then().statusCode(200);
        UUID joiner = UUID.randomUUID();

        partnerEvents.membershipStarted(group, joiner, false);

        awaitReplica(Set.of(anna, newcomer, joiner));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", network, ahead)
                .then().statusCode(200)
                .body("items.partnerId", containsInAnyOrder(anna.toString(), newcomer.toString(), joiner.toString()))
                .body("items.find { it.partnerId == '%s' }.introductoryTalkPending".formatted(joiner), equalTo(true));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", network, past)
                .then().body("items.partnerId", containsInAnyOrder(anna.toString(), newcomer.toString()));
    }

    @Test
    void aRequestWithoutBodyIsRefusedAndNobodyIsInvited() {
        String meeting = Meetings.futureMeeting(network, group.toString(), 10);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aMemberCannotSendInvitations() {
        String meeting = Meetings.futureMeeting(network, group.toString(), 10);

        given().auth().oauth2(DevTokens.member(network, anna.toString())).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200).body("items", empty());
    }

    private io.restassured.response.Response invite(String meeting, List<String> guests) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("guests", guests))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting);
    }

    /** The replica is eventually consistent: wait until partner-service's events have arrived. */
    private void awaitReplica(Set<UUID> expected) {
        await("the group's members replicated").atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> members.currentOf(group).stream()
                        .map((GroupMember member) -> member.partnerId).collect(Collectors.toSet())), equalTo(expected));
    }
}
