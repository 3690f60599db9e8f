package de.netzwerk.engagement;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * One network can neither change nor read another's engagement, by request or by event (issue 12). The network
 * "home" has a partner and their twin with the same history: members of a working group for two months, absent
 * from its meetings, a task overdue.
 * The network "intruder" tries to pause the partner, invites them, records their absences, gives them a task, and
 * names home's meeting and group in events of its own. Whatever it tries, the partner reads back like their twin,
 * whom nobody touched, and the intruder learns nothing about them.
 */
@QuarkusTest
class NetworkIsolationTest {

    private static final String TITLE = "Förderantrag Stadtteilfest";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String home = "home-" + UUID.randomUUID().toString().substring(0, 8);
    private final String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID twin = UUID.randomUUID();
    private final UUID homeGroup = UUID.randomUUID();
    private final UUID homeMeeting = UUID.randomUUID();
    private final Map<UUID, UUID> taskOf = Map.of(partner, UUID.randomUUID(), twin, UUID.randomUUID());
    private final UUID stranger = UUID.randomUUID();
    private final UUID intruderGroup = UUID.randomUUID();
    private Histories homeEvents;
    private Histories intruderEvents;

    @BeforeEach
    void twoNetworksWithHistories() throws InterruptedException {
        homeEvents = new Histories(bootstrapServers, home);
        intruderEvents = new Histories(bootstrapServers, intruder);
        for (UUID who : List.of(partner, twin)) {
            homeEvents.partnerRegistered(who);
            homeEvents.membership(who, homeGroup, daysAgo(60));
            homeEvents.attendance(who, homeGroup, homeMeeting, daysAgo(30), "ABSENT");
            homeEvents.taskAssigned(taskOf.get(who), who, TITLE, daysAgo(20), daysAgo(50));
            homeEvents.taskOverdue(taskOf.get(who), who, TITLE, daysAgo(20));
        }
        intruderEvents.partnerRegistered(stranger);
        intruderEvents.membership(stranger, intruderGroup, daysAgo(60));
        homeEvents.flush();
        intruderEvents.flush();
        for (UUID who : List.of(partner, twin)) {
            awaitRules(home, who, Set.of("TASKS_OVERDUE"));
            Engagement.await(home, who, found -> found.getList("ledger").size() == 2);
        }
        Engagement.await(intruder, stranger, found -> true);
    }

    @AfterEach
    void disconnect() {
        homeEvents.close();
        intruderEvents.close();
    }

    @Test
    void aCoordinatorOfAnotherNetworkCannotPauseTheirPartnerNorSeeThem() throws Exception {
        String before = Engagement.of(home, partner).prettify();
        List<Map<String, Object>> alertsBefore = Alerts.of(home, partner);
        String coordinator = DevTokens.coordinator(intruder);

        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("until", daysAgo(-30).toString(), "reason", "ILLNESS"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", intruder, partner)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator)
                .when().delete("/api/v1/networks/{n}/engagement/{p}/pause", intruder, partner)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator)
                .when().get("/api/v1/networks/{n}/engagement/{p}", intruder, partner)
                .then().statusCode(404).contentType("application/problem+json");

        assertEquals(before, Engagement.of(home, partner).prettify());
        assertEquals(alertsBefore, Alerts.of(home, partner));
        assertFalse(Engagement.of(home, partner).getBoolean("paused"));
        assertThat(listedPartners(intruder), not(org.hamcrest.Matchers.hasItem(partner.toString())));
    }

    @Test
    void factsOfAnotherNetworkAboutTheirPartnerGoToTheDeadLetterTopicAndChangeNothingAlsoAfterAReplay() throws Exception {
        UUID intruderMeeting = UUID.randomUUID();
        UUID strangersAbsence = UUID.randomUUID();
        List<UUID> refusedMeetingEvents = List.of(
                intruderEvents.invitations(intruderMeeting, intruderGroup, daysAgo(8), 10, stranger, partner),
                intruderEvents.rsvp(partner, intruderMeeting, intruderGroup, daysAgo(8), "DECLINED"),
                intruderEvents.attendance(partner, intruderGroup, intruderMeeting, daysAgo(8), "ABSENT"),
                intruderEvents.attendance(partner, intruderGroup, UUID.randomUUID(), daysAgo(4), "ABSENT"),
                intruderEvents.attendance(stranger, intruderGroup, homeMeeting, daysAgo(30), "ABSENT"),
                intruderEvents.attendance(stranger, homeGroup, UUID.randomUUID(), daysAgo(6), "ABSENT"));
        UUID refusedTaskEvent = intruderEvents.taskAssigned(UUID.randomUUID(), partner, "Kuchen backen", daysAgo(30),
                daysAgo(50));
        List<UUID> refusedPartnerEvents = List.of(
                intruderEvents.exchangeOfferPosted(partner, UUID.randomUUID(), daysAgo(3)),
                intruderEvents.exchangeAgreed(UUID.randomUUID(), stranger, partner, daysAgo(3)));
        intruderEvents.attendance(stranger, intruderGroup, strangersAbsence, daysAgo(8), "ABSENT");
        intruderEvents.flush();
        // Sent after the intruder's events about the partner, with the same key: processed after them.
        UUID homeMeetingLater = UUID.randomUUID();
        for (UUID who : List.of(partner, twin)) {
            homeEvents.attendance(who, homeGroup, homeMeetingLater, daysAgo(2), "ABSENT");
        }
        homeEvents.flush();

        assertRefused("meeting-events", refusedMeetingEvents);
        assertRefused("task-events", List.of(refusedTaskEvent));
        assertRefused("partner-events", refusedPartnerEvents);
        JsonPath strangers = Engagement.await(intruder, stranger,
                found -> found.getList("ledger.referenceId").contains(strangersAbsence.toString()));
        assertEquals(List.of(strangersAbsence.toString()), strangers.getList("ledger.referenceId"),
                "the intruder's own fact in the same batches is applied, nothing about home's meeting or group");
        for (UUID who : List.of(partner, twin)) {
            awaitRules(home, who, Set.of("TASKS_OVERDUE", "ABSENCE_STREAK"));
        }
        assertTheyReadLikeTheirTwin();
        assertTheIntruderSeesNothingOfThem();

        given().auth().oauth2(DevTokens.operator()).when().post("/api/v1/engagement-replay").then().statusCode(200);
        Engagement.awaitNoPendingAssessments();

        assertTheyReadLikeTheirTwin();
        assertTheIntruderSeesNothingOfThem();
        assertEquals(strangers.prettify(), Engagement.of(intruder, stranger).prettify());
    }

    @Test
    void alertsAndGroupsOfAnotherNetworkAreNotFound() throws Exception {
        List<Map<String, Object>> alerts = Alerts.of(home, partner);
        Map<String, Object> alert = alerts.getFirst();
        String coordinator = DevTokens.coordinator(intruder);

        given().auth().oauth2(coordinator)
                .when().get("/api/v1/networks/{n}/alerts/{a}", intruder, alert.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("status", "DISMISSED"))
                .header("If-Match", "\"0\"").when().patch("/api/v1/networks/{n}/alerts/{a}", intruder, alert.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator)
                .when().get("/api/v1/networks/{n}/engagement/groups/{g}/health", intruder, homeGroup)
                .then().statusCode(404).contentType("application/problem+json");

        assertEquals(alerts, Alerts.of(home, partner));
    }

    @Test
    void aPartnerRegisteredInTheNetworkCanBePausedBeforeAnythingElseIsKnownAndAnUnknownOneIsNotFound()
            throws Exception {
        UUID newcomer = UUID.randomUUID();
        homeEvents.partnerRegistered(newcomer);
        homeEvents.flush();
        JsonPath known = Engagement.await(home, newcomer, found -> true);
        assertNull(known.get("score"), "nothing to score yet");
        String coordinator = DevTokens.coordinator(home);

        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("until", daysAgo(-30).toString(), "reason", "ILLNESS"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", home, newcomer)
                .then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("until", daysAgo(-30).toString(), "reason", "ILLNESS"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", home, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator)
                .when().delete("/api/v1/networks/{n}/engagement/{p}/pause", home, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Each event is on the topic's dead-letter topic, its reason naming the network it disagrees with. */
    private void assertRefused(String topic, List<UUID> eventIds) throws Exception {
        Set<String> wanted = eventIds.stream().map(UUID::toString).collect(Collectors.toSet());
        Set<String> found = new HashSet<>();
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-service." + topic + ".dlq")) {
            List<ConsumerRecord<String, String>> deadLetters = reader.readUntil(record -> {
                if (wanted.contains(TopicReader.header(record, "ce_id"))) {
                    found.add(TopicReader.header(record, "ce_id"));
                }
                return found.containsAll(wanted);
            }, Engagement.PATIENCE);
            deadLetters.stream().filter(record -> wanted.contains(TopicReader.header(record, "ce_id")))
                    .forEach(record -> assertThat(TopicReader.header(record, "dead-letter-reason"),
                            containsString("network '" + home + "'")));
        }
    }

    private void assertTheyReadLikeTheirTwin() {
        JsonPath theirs = Engagement.of(home, partner);
        JsonPath twins = Engagement.of(home, twin);
        assertEquals(twins.getInt("score"), theirs.getInt("score"));
        assertEquals(twins.getList("ledger.points"), theirs.getList("ledger.points"));
        assertEquals(twins.getList("ledger.kind"), theirs.getList("ledger.kind"));
        assertEquals(twins.getList("components"), theirs.getList("components"));
        assertEquals(twins.getString("lastSignOfLife.kind"), theirs.getString("lastSignOfLife.kind"),
                "no exchange of another network is a sign of life of theirs");
        assertEquals(rulesAndEvidenceCount(twin), rulesAndEvidenceCount(partner));
    }

    private void assertTheIntruderSeesNothingOfThem() {
        String coordinator = DevTokens.coordinator(intruder);
        given().auth().oauth2(coordinator)
                .when().get("/api/v1/networks/{n}/engagement/{p}", intruder, partner)
                .then().statusCode(404);
        assertThat(Alerts.of(intruder, partner), empty());
        String everything = given().auth().oauth2(coordinator).when().get("/api/v1/networks/{n}/alerts", intruder)
                .then().statusCode(200).extract().asString()
                + given().auth().oauth2(coordinator).when().get("/api/v1/networks/{n}/engagement", intruder)
                .then().statusCode(200).extract().asString()
                + Engagement.of(intruder, stranger).prettify();
        assertThat(everything, not(containsString(partner.toString())));
        assertThat(everything, not(containsString(TITLE)));
        assertThat(everything, not(containsString(homeMeeting.toString())));
    }

    private Map<Object, Integer> rulesAndEvidenceCount(UUID who) {
        return Alerts.of(home, who).stream().collect(Collectors.toMap(alert -> alert.get("rule"),
                alert -> Alerts.evidenceIds(alert).size()));
    }

    private static List<String> listedPartners(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().getList("items.partnerId");
    }

    private static void awaitRules(String network, UUID who, Set<String> rules) throws InterruptedException {
        Alerts.awaitFor(network, who, alerts -> alerts.stream().map(alert -> alert.get("rule")).collect(Collectors.toSet())
                .containsAll(rules), Engagement.PATIENCE);
    }
}
