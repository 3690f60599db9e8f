package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebuilding every fact from the topics gives the same scores, ledgers and alerts as live processing. */
@QuarkusTest
class ReplayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReplayFromTheTopicsGivesTheSameScoresAndAlertsAsLiveProcessing() throws Exception {
        UUID group = UUID.randomUUID();
        UUID drifting = UUID.randomUUID();
        UUID reliable = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        try (Histories events = new Histories(bootstrapServers, network)) {
            events.membership(drifting, group, daysAgo(200));
            events.membership(reliable, group, daysAgo(200));
            UUID first = UUID.randomUUID();
            events.invitations(first, group, daysAgo(40), 10, drifting, reliable);
            events.rsvp(reliable, first, group, daysAgo(40), "ACCEPTED");
            events.attendance(reliable, group, first, daysAgo(40), "PRESENT");
            events.attendance(drifting, group, first, daysAgo(40), "ABSENT", 1);
            events.attendance(drifting, group, first, daysAgo(40), "EXCUSED", 2);
            events.attendance(drifting, group, UUID.randomUUID(), daysAgo(20), "ABSENT");
            events.attendance(drifting, group, UUID.randomUUID(), daysAgo(6), "ABSENT");
            events.taskAssigned(task, reliable, daysAgo(10), daysAgo(30));
            events.taskCompleted(task, reliable, daysAgo(10), daysAgo(8));
        }
        JsonPath driftingLive = Engagement.await(network, drifting, found -> found.getList("ledger").size() == 4);
        JsonPath reliableLive = Engagement.await(network, reliable, found -> found.getList("components").size() == 3);
        List<Map<String, Object>> alertsLive = Alerts.awaitFor(network, drifting, found -> !found.isEmpty(), Engagement.PATIENCE);
        Map<String, Object> listedLive = listed();

        Map<String, Object> result = given().auth().oauth2(DevTokens.operator())
                .when().post("/api/v1/engagement-replay")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertTrue(((Number) result.get("applied")).longValue() >= 11, "the replay applied the events: " + result);
        Engagement.awaitNoPendingAssessments();

        assertEquals(driftingLive.prettify(), Engagement.of(network, drifting).prettify());
        assertEquals(reliableLive.prettify(), Engagement.of(network, reliable).prettify());
        assertEquals(alertsLive, Alerts.of(network, drifting));
        assertEquals(listedWithoutAssessmentTimes(listedLive), listedWithoutAssessmentTimes(listed()));
    }

    @Test
    void onlyOperatorsMayReplay() {
        given().auth().oauth2(DevTokens.coordinator(network)).when().post("/api/v1/engagement-replay")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private Map<String, Object> listed() {
        return given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    private static Object listedWithoutAssessmentTimes(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(item -> {
                    Map<String, Object> copy = new java.util.HashMap<>(item);
                    copy.remove("assessedAt");
                    return copy;
                }).toList();
    }
}
