package de.netzwerk.engagement.rule;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule from a scripted history through Kafka, and the pause that keeps them quiet. */
@QuarkusTest
class AlertRulesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private Histories events;

    @BeforeEach
    void connect() {
        events = new Histories(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aTaskOverdueBeyondTheEscalationThresholdRaisesAnAlertWithTheTaskAsEvidence() throws Exception {
        UUID overdue = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        events.taskAssigned(recent, partner, daysAgo(5), daysAgo(30));
        events.taskAssigned(overdue, partner, daysAgo(20), daysAgo(60));
        events.taskOverdue(recent, partner, daysAgo(5));
        events.taskOverdue(overdue, partner, daysAgo(20));

        Map<String, Object> alert = awaitAlert("TASKS_OVERDUE");

        assertEquals(List.of(overdue.toString()), Alerts.evidenceIds(alert));
    }

    @Test
    void aLongSilenceInAnActiveGroupRaisesAnAlert() throws Exception {
        aMemberForMonthsOfAGroupThatStillMeets();
        UUID lastSeen = UUID.randomUUID();
        events.attendance(partner, group, lastSeen, daysAgo(120), "PRESENT");

        // The membership and the attendance come on different topics: the alert may be raised before the attendance is
        // known, naming the group, and then name the last sign of life instead (as the next test shows).
        Map<String, Object> alert = Alerts.awaitFor(network, partner, alerts -> alerts.stream().anyMatch(candidate ->
                        "SILENCE".equals(candidate.get("rule")) && Alerts.evidenceIds(candidate).contains(lastSeen.toString())),
                PATIENCE).stream().filter(candidate -> "SILENCE".equals(candidate.get("rule"))).findFirst().orElseThrow();

        assertEquals(group.toString(), alert.get("groupId"));
        assertEquals(List.of(lastSeen.toString()), Alerts.evidenceIds(alert));
    }

    @Test
    void aSilenceAlertNamesTheLastSignOfLifeEvenWhenItIsLearntLater() throws Exception {
        aMemberForMonthsOfAGroupThatStillMeets();
        Map<String, Object> neverSeen = awaitAlert("SILENCE");
        assertEquals(List.of(group.toString()), Alerts.evidenceIds(neverSeen), "no sign of life known yet: the group");

        UUID lastSeen = UUID.randomUUID();
        events.attendance(partner, group, lastSeen, daysAgo(120), "PRESENT");

        List<Map<String, Object>> alerts = Alerts.awaitFor(network, partner, found -> found.stream()
                .anyMatch(alert -> Alerts.evidenceIds(alert).contains(lastSeen.toString())), PATIENCE);
        assertEquals(1, alerts.size(), "still one silence alert");
        assertEquals(neverSeen.get("id"), alerts.getFirst().get("id"));
        assertEquals(List.of(lastSeen.toString()), Alerts.evidenceIds(alerts.getFirst()));
    }

    @Test
    void aSharpDropOfTheScoreAndAKeyActorAtRiskRaiseAlerts() throws Exception {
        UUID goal = UUID.randomUUID();
        events.keyActors(goal, partner);
        for (int daysAgo : new int[] { 90, 80, 70 }) {
            events.attendance(partner, group, UUID.randomUUID(), daysAgo(daysAgo), "PRESENT");
        }
        UUID lastAbsence = UUID.randomUUID();
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(25), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(15), "ABSENT");
        events.attendance(partner, group, lastAbsence, daysAgo(5), "ABSENT");

        Map<String, Object> drop = awaitAlert("SCORE_DROP");
        Map<String, Object> keyActor = awaitAlert("KEY_ACTOR_AT_RISK");

        assertThat(Alerts.evidenceIds(drop), hasItem(lastAbsence.toString()));
        assertEquals(List.of(goal.toString()), Alerts.evidenceIds(keyActor));
        JsonPath engagement = Engagement.of(network, partner);
        assertEquals("AT_RISK", engagement.getString("band"));
        assertTrue(engagement.getInt("trend") < -20, "trend against the partner's own baseline");
    }

    @Test
    void aPausedPartnerRaisesNoAlertAndWhatHappensInThePauseDoesNotCount() throws Exception {
        aPartnerOfTheNetwork();
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("startsOn", daysAgo(20).toString(), "until", daysAgo(-60).toString(), "reason", "PARENTAL_LEAVE"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner)
                .then().statusCode(200);
        UUID inPause = UUID.randomUUID();
        UUID alsoInPause = UUID.randomUUID();
        UUID before = UUID.randomUUID();
        // Two absences in a row: without the pause, an ABSENCE_STREAK alert.
        events.attendance(partner, group, inPause, daysAgo(14), "ABSENT");
        events.attendance(partner, group, alsoInPause, daysAgo(7), "ABSENT");
        // The sentinel, sent last: the partner's events stay in order, so the first stored assessment that counts it
        // also saw both absences in the pause, and it decided the partner's alerts in the same transaction.
        events.attendance(partner, group, before, daysAgo(40), "ABSENT");

        JsonPath engagement = Engagement.await(network, partner, found -> found.getList("ledger.referenceId")
                .contains(before.toString()));
        int withTheSentinel = engagement.getInt("score");
        assertTrue(withTheSentinel < 100, "the sentinel costs points, so its stored effect can be seen");
        // GET …/engagement/{p} computes the score from the facts; the list shows what the assessment stored.
        await().atMost(PATIENCE).until(() -> storedScore(partner), score -> score != null && score == withTheSentinel);

        assertTrue(engagement.getBoolean("paused"));
        assertEquals("PARENTAL_LEAVE", engagement.getString("pause.reason"));
        assertThat(engagement.getList("ledger.referenceId"), not(hasItem(inPause.toString())));
        assertEquals(List.of(), engagement.getList("conditions"));
        assertEquals(List.of(), Alerts.of(network, partner));
    }

    /** The partner's score as the last assessment stored it (null before the first). */
    private Integer storedScore(UUID who) {
        List<Map<String, Object>> stored = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().getList("items");
        return stored.stream().filter(item -> who.toString().equals(item.get("partnerId")))
                .map(item -> (Integer) item.get("score")).findFirst().orElse(null);
    }

    @Test
    void aPauseKeepsQuietAnAlertThatWouldOtherwiseBeRaised() throws Exception {
        UUID twin = UUID.randomUUID();
        aPartnerOfTheNetwork();
        given().auth().oauth2(DevTokens.member(network, partner.toString())).contentType("application/json")
                .body(Map.of("until", daysAgo(-30).toString(), "reason", "ILLNESS"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner)
                .then().statusCode(200);
        for (UUID who : new UUID[] { partner, twin }) {
            UUID task = UUID.randomUUID();
            events.taskAssigned(task, who, daysAgo(30), daysAgo(60));
            events.taskOverdue(task, who, daysAgo(30));
        }

        awaitAlert(twin, "TASKS_OVERDUE");
        Engagement.await(network, partner, found -> found.getBoolean("paused"));

        assertEquals(List.of(), Alerts.of(network, partner));
    }

    /** The partner registered with the network, and engagement knows them: they can be paused. */
    private void aPartnerOfTheNetwork() throws InterruptedException {
        events.partnerRegistered(partner);
        events.flush();
        Engagement.await(network, partner, found -> true);
    }

    /**
     * The partner joined the group 300 days ago, and it still meets: a colleague was there 10 days ago. The partner's
     * own line of that meeting never came: past the grace period (7 days since its first line), it counts.
     */
    private void aMemberForMonthsOfAGroupThatStillMeets() throws InterruptedException {
        UUID colleague = UUID.randomUUID();
        events.attendance(colleague, group, UUID.randomUUID(), daysAgo(10), "PRESENT");
        events.flush();
        Engagement.await(network, colleague, found -> true);
        events.membership(partner, group, daysAgo(300));
    }

    private Map<String, Object> awaitAlert(String rule) throws InterruptedException {
        return awaitAlert(partner, rule);
    }

    private Map<String, Object> awaitAlert(UUID who, String rule) throws InterruptedException {
        return Alerts.awaitFor(network, who, alerts -> alerts.stream().anyMatch(alert -> rule.equals(alert.get("rule"))),
                PATIENCE).stream().filter(alert -> rule.equals(alert.get("rule"))).findFirst().orElseThrow();
    }
}
