package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** The policy is the network's, versioned and validated; changing it recomputes every score. */
@QuarkusTest
class PolicyResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPolicyChangeRecomputesTheScores() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        try (Histories events = new Histories(bootstrapServers, network)) {
            events.attendance(partner, group, UUID.randomUUID(), daysAgo(10), "PRESENT");
            events.attendance(partner, group, UUID.randomUUID(), daysAgo(10), "EXCUSED");
        }
        Engagement.await(network, partner, found -> found.getList("ledger").size() == 1);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement", network)
                .then().body("items[0].score", equalTo(75)).body("items[0].policyVersion", equalTo(0));

        Map<String, Object> policy = defaults();
        policy.put("excusedCredit", 100);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(policy)
                .header("If-Match", "\"0\"").when().put("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(200).body("version", equalTo(1)).body("excusedCredit", equalTo(100));

        awaitListedScore(100);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement/{p}", network, partner)
                .then().body("score", equalTo(100)).body("policyVersion", equalTo(1));
    }

    @Test
    void anInvalidPolicyIsRefusedNamingTheFieldsAndNothingChanges() {
        Map<String, Object> policy = defaults();
        policy.put("attendanceWeight", 60);
        policy.put("watchFrom", 80);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(policy)
                .header("If-Match", "\"0\"").when().put("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("attendanceWeight", "taskWeight", "responsivenessWeight", "watchFrom"));
        policy = defaults();
        policy.remove("halfLifeDays");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(policy)
                .header("If-Match", "\"0\"").when().put("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("halfLifeDays"));

        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(200).body("version", equalTo(0)).body("attendanceWeight", equalTo(50));
    }

    @Test
    void aChangeBasedOnAnOldVersionFailsItsPreconditionAndMembersMayNotChangeThePolicy() {
        Map<String, Object> policy = defaults();
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(policy)
                .header("If-Match", "\"0\"").when().put("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(policy)
                .header("If-Match", "\"0\"").when().put("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("version.stale.sent"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(policy)
                .when().put("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(428).contentType("application/problem+json").body("code", equalTo("version.required"));
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString())).contentType("application/json")
                .body(policy).when().put("/api/v1/networks/{n}/engagement-policy", network).then().statusCode(403);
    }

    private void awaitListedScore(int score) throws InterruptedException {
        long deadline = System.nanoTime() + Engagement.PATIENCE.toNanos();
        while (true) {
            Integer listed = given().auth().oauth2(DevTokens.coordinator(network))
                    .when().get("/api/v1/networks/{n}/engagement", network).then().extract().path("items[0].score");
            if (listed != null && listed == score) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the listed score stayed " + listed + " instead of " + score);
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> policy = new HashMap<>(Map.ofEntries(Map.entry("halfLifeDays", 60),
                Map.entry("attendanceWeight", 50), Map.entry("taskWeight", 30), Map.entry("responsivenessWeight", 20),
                Map.entry("excusedCredit", 50), Map.entry("lateToleranceDays", 28), Map.entry("minutesReadDays", 14),
                Map.entry("engagedFrom", 70), Map.entry("watchFrom", 40), Map.entry("baselineDays", 90),
                Map.entry("absenceStreak", 2), Map.entry("overdueDays", 14), Map.entry("silenceDays", 90),
                Map.entry("scoreDropLimit", 20), Map.entry("scoreDropWindowDays", 60), Map.entry("invitationDaysAhead", 7),
                Map.entry("minutesWithinDays", 14), Map.entry("groupQuorumPercent", 50)));
        return policy;
    }
}
