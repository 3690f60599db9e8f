package de.netzwerk.meeting.inbox;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.GroupMember;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import de.netzwerk.meeting.repository.PartnerRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The replicas of each network's partners and groups, fed through Kafka: what they let a coordinator do, and the
 * dead letters of events that would move a partner or a group from one network to another.
 */
@QuarkusTest
class PartnerEventsConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    PartnerRepository partners;

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    GroupMemberRepository members;

    private final String network = Meetings.freshNetwork();
    private final String other = Meetings.freshNetwork();
    private PartnerEvents events;
    private PartnerEvents othersEvents;

    @BeforeEach
    void connect() {
        events = new PartnerEvents(bootstrapServers, network);
        othersEvents = new PartnerEvents(bootstrapServers, other);
    }

    @AfterEach
    void disconnect() {
        events.close();
        othersEvents.close();
    }

    @Test
    void aPartnerWhoLeftIsNoGuestUntilTheyReturnAndAnOlderStateArrivingLateChangesNothing() {
        String meeting = Meetings.futureMeeting(network, Replicated.group(network), 10);
        UUID partner = UUID.fromString(Replicated.partner(network));

        events.partnerLeft(partner);
        awaitStatus(partner, "LEFT");
        invite(meeting, partner).then().statusCode(422).body("errors.field", contains("guests[0]"));

        events.partnerUpdated(partner, "ACTIVE", 3);
        events.partnerUpdated(partner, "LEFT", 2);
        UUID sentinelGroup = UUID.randomUUID();
        events.membershipStarted(sentinelGroup, partner, true);
        Replicated.await("the membership after the older state", () -> members.find(sentinelGroup, partner).isPresent());

        assertEquals("ACTIVE", statusOf(partner));
        invite(meeting, partner).then().statusCode(200);
    }

    @Test
    void aGroupIsKnownFromItsFirstMembershipBeforeGroupCreatedArrives() {
        UUID group = UUID.randomUUID();

        events.membershipStarted(group, UUID.randomUUID(), true);
        Replicated.awaitGroup(network, group);

        Meetings.futureMeeting(network, group.toString(), 10);
    }

    @Test
    void eventsThatPlaceAPartnerOrAGroupInAnotherNetworkAreDeadLettersAndTheNextEventIsProcessed() {
        UUID partner = UUID.fromString(Replicated.partner(network));
        UUID group = UUID.fromString(Replicated.group(network));
        UUID othersPartner = UUID.fromString(Replicated.partner(other));
        UUID othersGroup = UUID.fromString(Replicated.group(other));
        double deadLetteredBefore = deadLettered();

        List<UUID> deadLetters = List.of(
                othersEvents.partnerRegistered(partner),
                othersEvents.partnerUpdated(partner, "ACTIVE", 5),
                othersEvents.partnerLeft(partner),
                othersEvents.membershipStarted(othersGroup, partner, true),
                othersEvents.groupCreated(group),
                othersEvents.membershipStarted(group, othersPartner, true),
                othersEvents.membershipEnded(group, othersPartner));
        events.membershipStarted(group, partner, true);

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-service.partner-events.dlq")) {
            for (UUID deadLetter : deadLetters) {
                List<ConsumerRecord<String, String>> read = reader.readUntil(
                        record -> deadLetter.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
                ConsumerRecord<String, String> record = read.stream()
                        .filter(candidate -> deadLetter.toString().equals(TopicReader.header(candidate, "ce_id")))
                        .findFirst().orElseThrow();
                assertThat(TopicReader.header(record, "dead-letter-reason"), containsString("is of network " + network));
            }
        }
        Replicated.await("the membership after the dead letters", () -> members.find(group, partner).isPresent());
        // Operators see them: the counter they alert on rose by (at least, other tests run too) these dead letters.
        assertThat(deadLettered() - deadLetteredBefore, greaterThanOrEqualTo((double) deadLetters.size()));

        assertEquals(network, QuarkusTransaction.requiringNew().call(() -> partners.findById(partner).networkId));
        assertEquals(List.of(partner), membersOf(group));
        assertEquals(List.of(), membersOf(othersGroup));
        invite(Meetings.futureMeeting(network, group.toString(), 10), partner).then().statusCode(200);
        given().auth().oauth2(DevTokens.coordinator(other)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "AG Inklusion",
                        "startsAt", "2026-12-03T18:00:00+01:00", "endsAt", "2026-12-03T20:00:00+01:00"))
                .when().post("/api/v1/networks/{n}/meetings", other)
                .then().statusCode(422);
    }

    /** {@code netzwerk_events_dead_lettered_total{topic="partner-events"}}, 0 before the first. */
    private double deadLettered() {
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost())
                .port(management.getPort()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("netzwerk_events_dead_lettered_total{") && line.contains("topic=\"partner-events\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private Response invite(String meeting, UUID guest) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("guests", List.of(guest)))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting);
    }

    private void awaitStatus(UUID partner, String status) {
        Replicated.await("partner " + partner + " " + status, () -> status.equals(statusOf(partner)));
    }

    private String statusOf(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> partners.findByIdOptional(partner)
                .map(known -> known.status).orElse(null));
    }

    private List<UUID> membersOf(UUID group) {
        return QuarkusTransaction.requiringNew().call(() -> members.currentOf(group).stream()
                .map((GroupMember member) -> member.partnerId).toList());
    }
}
