package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.Invitation;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.repository.InvitationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 12's attack and its kin: a coordinator of one network names another network's group or partner, in a body
 * or in a path. Each is answered as if the id did not exist (422 naming the field in a body, 404 in a path), and
 * nothing is recorded, nor published, about the other network's partner.
 */
@QuarkusTest
class NetworkReferencesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    InvitationRepository invitations;

    private final String network = Meetings.freshNetwork();
    private final String other = Meetings.freshNetwork();
    private String group;
    private String partner;
    private String othersGroup;
    private String othersPartner;

    @BeforeEach
    void twoNetworks() {
        group = Replicated.group(network);
        partner = Replicated.partner(network);
        othersGroup = Replicated.group(other);
        othersPartner = Replicated.partner(other);
    }

    @Test
    void aMeetingOfAGroupOfAnotherNetworkOrOfNoneIsRefusedNamingTheGroupAndNothingIsScheduled() {
        for (String notOurs : List.of(othersGroup, UUID.randomUUID().toString())) {
            given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                    .body(Map.of("groupId", notOurs, "title", "AG Inklusion",
                            "startsAt", "2026-12-03T18:00:00+01:00", "endsAt", "2026-12-03T20:00:00+01:00"))
                    .when().post("/api/v1/networks/{n}/meetings", network)
                    .then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("errors.field", contains("groupId"));
        }

        given().auth().oauth2(coordinator()).when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aGuestOfAnotherNetworkOrOfNoneIsRefusedNamingTheGuestAndNobodyIsInvited() {
        String meeting = Meetings.futureMeeting(network, group, 10);

        for (String notOurs : List.of(othersPartner, UUID.randomUUID().toString())) {
            invite(meeting, partner, notOurs)
                    .then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("errors.field", contains("guests[1]"));
        }

        given().auth().oauth2(coordinator())
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200).body("items", empty());
    }

    /**
     * Before the check, a guest could be anyone: invitations of another network's partner may exist. Still neither
     * attendance, nor an answer, nor a reading of the minutes is recorded about them, and nothing is published.
     */
    @Test
    void nothingIsRecordedAboutAPartnerOfAnotherNetworkInvitedBeforeTheCheck() {
        String meeting = Meetings.pastMeetingInviting(network, group, 2, partner);
        invitedBeforeGuestsWereChecked(meeting, othersPartner);

        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", partner, "status", "ABSENT"),
                        Map.of("partnerId", othersPartner, "status", "ABSENT"))))
                .header("If-Match", Meetings.attendanceTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("entries[1].partnerId"));
        for (String token : List.of(coordinator(), DevTokens.member(network, othersPartner))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answer", "DECLINED"))
                    .when().put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, meeting, othersPartner)
                    .then().statusCode(404).contentType(PROBLEM_JSON);
        }
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("text", "Protokoll"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting).then().statusCode(200);
        given().auth().oauth2(coordinator()).when()
                .put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, meeting, othersPartner)
                .then().statusCode(404).contentType(PROBLEM_JSON);

        given().auth().oauth2(coordinator())
                .when().get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200).body("entries", empty());
        Meetings.record(network, meeting, partner, "ABSENT");
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            // Our partner's absence comes after every refused request: once it is published, nothing else will be.
            List<ConsumerRecord<String, String>> published = reader.readUntil(
                    record -> partner.equals(record.key()) && record.value().contains(meeting), Duration.ofSeconds(30));
            assertEquals(List.of(), published.stream().filter(record -> othersPartner.equals(record.key())).toList());
        }
    }

    @Test
    void aMeetingOfAnotherNetworkIsNotFoundInOurs() {
        String othersMeeting = Meetings.pastMeetingInviting(other, othersGroup, 2, othersPartner);

        given().auth().oauth2(coordinator())
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, othersMeeting)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("partnerId", othersPartner, "status", "ABSENT"))))
                .header("If-Match", Meetings.attendanceTag(network, othersMeeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}/attendance", network, othersMeeting)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        invite(othersMeeting, partner).then().statusCode(404).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(other))
                .when().get("/api/v1/networks/{n}/meetings/{m}/invitations", other, othersMeeting)
                .then().statusCode(200).body("items.partnerId", contains(othersPartner));
    }

    private Response invite(String meeting, String... guests) {
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("guests", List.of(guests)))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting);
    }

    private void invitedBeforeGuestsWereChecked(String meeting, String guest) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.meetingId = UUID.fromString(meeting);
        invitation.partnerId = UUID.fromString(guest);
        invitation.guest = true;
        invitation.sentAt = OffsetDateTime.now().minusDays(3);
        invitation.backfilled = true;
        QuarkusTransaction.requiringNew().run(() -> invitations.persist(invitation));
    }

    private String coordinator() {
        return DevTokens.coordinator(network);
    }
}
