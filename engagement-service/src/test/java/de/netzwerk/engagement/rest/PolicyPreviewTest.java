package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coordinator sees what a candidate policy would do before adopting it (issue 13, item 7): over the network's
 * real history today, and without changing any score, alert, policy or event.
 */
@QuarkusTest
class PolicyPreviewTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
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
    void threeAbsencesInsteadOfTwoWouldEndTheStreakAndTheStoredAlertIsUntouched() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.attendance(partner, group, first, daysAgo(14), "ABSENT");
        events.attendance(partner, group, second, daysAgo(7), "ABSENT");
        String alertId = (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), Engagement.PATIENCE)
                .getFirst().get("id");
        Engagement.awaitNoPendingAssessments();
        String alertsBefore = alerts();
        String engagementBefore = engagementList();

        Map<String, Object> candidate = defaults();
        candidate.put("absenceStreak", 3);
        preview(candidate).then().statusCode(200)
                .body("comparedWithVersion", equalTo(0))
                .body("changedFields.field", contains("absenceStreak"))
                .body("changedFields[0].current", equalTo(2))
                .body("changedFields[0].candidate", equalTo(3))
                .body("totals.partnersCompared", equalTo(1))
                .body("totals.partnersDiffering", equalTo(1))
                .body("totals.bandChanges", equalTo(0))
                .body("totals.alertsRaised", equalTo(0))
                .body("totals.alertsEnded", equalTo(1))
                .body("partners.items.partnerId", contains(partner.toString()))
                .body("partners.items[0].score.now", equalTo(0))
                .body("partners.items[0].score.candidate", equalTo(0))
                .body("partners.items[0].alerts.rule", contains("ABSENCE_STREAK"))
                .body("partners.items[0].alerts[0].holds", equalTo("NO_LONGER_HOLDS"))
                .body("partners.items[0].alerts[0].effect", equalTo("OPEN_ALERT_CONDITION_ENDS"))
                .body("partners.items[0].alerts[0].alertId", equalTo(alertId))
                .body("partners.items[0].alerts[0].becauseOf", contains("absenceStreak"))
                .body("partners.items[0].alerts[0].evidence.id", contains(first.toString(), second.toString()))
                .body("partners.items[0].ledger", empty())
                .body("partners.items[0].explanation", equalTo("ABSENCE_STREAK no longer holds (absenceStreak 2 → 3)"));

        assertEquals(alertsBefore, alerts());
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement-policy", network)
                .then().body("version", equalTo(0)).body("absenceStreak", equalTo(2));

        // Sentinels: a partner queued after the preview is assessed only after anything the preview could have
        // queued, and the alert's resolution is published after anything it could have written to the outbox.
        UUID sentinel = UUID.randomUUID();
        events.attendance(sentinel, group, UUID.randomUUID(), daysAgo(3), "PRESENT");
        Engagement.await(network, sentinel, found -> found.getInt("score") == 100);
        Engagement.awaitNoPendingAssessments();
        assertEquals(engagementBefore, engagementWithout(sentinel));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("status", "DISMISSED")).header("If-Match", Alerts.etag(network, alertId))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, alertId)
                .then().statusCode(200);
        assertEquals(List.of("de.netzwerk.engagement.band-changed.v1", "de.netzwerk.engagement.disengagement-detected.v1",
                "de.netzwerk.engagement.alert-resolved.v1"), eventTypesUpToResolution(partner, alertId));
    }

    @Test
    void oneAbsenceInsteadOfTwoWouldRaiseAnAlertWhereNoneIsOpen() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "PRESENT");
        events.attendance(partner, group, meeting, daysAgo(7), "ABSENT");
        Engagement.await(network, partner, found -> found.getList("ledger").size() == 1);
        Engagement.awaitNoPendingAssessments();

        Map<String, Object> candidate = defaults();
        candidate.put("absenceStreak", 1);
        preview(candidate).then().statusCode(200)
                .body("totals.alertsRaised", equalTo(1))
                .body("totals.casesOpened", equalTo(1))
                .body("totals.alertsEnded", equalTo(0))
                .body("partners.items[0].alerts.rule", contains("ABSENCE_STREAK"))
                .body("partners.items[0].alerts[0].holds", equalTo("NEWLY_HOLDS"))
                .body("partners.items[0].alerts[0].effect", equalTo("RAISED"))
                .body("partners.items[0].alerts[0].alertId", nullValue())
                .body("partners.items[0].alerts[0].evidence.id", contains(meeting.toString()));
        assertEquals(List.of(), Alerts.of(network, partner));
    }

    @Test
    void aRuleNewlyHoldingForAPartnerWithAnOpenCaseWouldJoinThatCase() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        events.taskAssigned(task, partner, daysAgo(30), daysAgo(60));
        events.taskOverdue(task, partner, daysAgo(30));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        Engagement.await(network, partner, found -> found.getList("ledger").size() == 2);
        String caseId = (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), Engagement.PATIENCE)
                .getFirst().get("caseId");
        Engagement.awaitNoPendingAssessments();

        Map<String, Object> candidate = defaults();
        candidate.put("absenceStreak", 1);
        preview(candidate).then().statusCode(200)
                .body("partners.items[0].alerts.rule", contains("ABSENCE_STREAK"))
                .body("partners.items[0].alerts[0].effect", equalTo("RAISED"))
                .body("partners.items[0].alerts[0].caseId", equalTo(caseId))
                .body("totals.alertsRaised", equalTo(1))
                .body("totals.casesOpened", equalTo(0))
                .body("partners.items[0].explanation", containsString("joins the open case"));
    }

    @Test
    void aChangeOfTheScoreWeightsShowsWhoseBandWouldChangeAndWhy() throws Exception {
        UUID late = UUID.randomUUID();
        UUID punctual = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        events.attendance(late, group, UUID.randomUUID(), daysAgo(10), "PRESENT");
        events.taskAssigned(task, late, "Förderantrag Stadtteilfest", daysAgo(40), daysAgo(45));
        events.taskOverdue(task, late, "Förderantrag Stadtteilfest", daysAgo(40));
        events.attendance(punctual, group, UUID.randomUUID(), daysAgo(10), "PRESENT");
        Engagement.await(network, late, found -> Integer.valueOf(63).equals(found.get("score")));
        Engagement.await(network, punctual, found -> Integer.valueOf(100).equals(found.get("score")));
        Engagement.awaitNoPendingAssessments();

        Map<String, Object> candidate = defaults();
        candidate.put("attendanceWeight", 80);
        candidate.put("taskWeight", 10);
        candidate.put("responsivenessWeight", 10);
        preview(candidate).then().statusCode(200)
                .body("changedFields.field", contains("attendanceWeight", "taskWeight", "responsivenessWeight"))
                .body("totals.partnersCompared", equalTo(2))
                .body("totals.partnersDiffering", equalTo(1))
                .body("totals.bandChanges", equalTo(1))
                .body("partners.totalItems", equalTo(1))
                .body("partners.items.partnerId", contains(late.toString()))
                .body("partners.items[0].score.now", equalTo(63))
                .body("partners.items[0].score.candidate", equalTo(89))
                .body("partners.items[0].band.now", equalTo("WATCH"))
                .body("partners.items[0].band.candidate", equalTo("ENGAGED"))
                .body("partners.items[0].alerts", empty())
                .body("partners.items[0].ledger.referenceId", contains(task.toString()))
                .body("partners.items[0].ledger[0].pointsNow", equalTo(-37))
                .body("partners.items[0].ledger[0].pointsCandidate", equalTo(-11))
                .body("partners.items[0].explanation", containsString("band WATCH → ENGAGED"));

        // The page holds what differs; a page beyond it is empty, the totals stay.
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(candidate)
                .queryParam("page", 1).queryParam("size", 1)
                .when().post("/api/v1/networks/{n}/engagement-policy/preview", network)
                .then().statusCode(200).body("partners.items", empty()).body("totals.bandChanges", equalTo(1));
        Engagement.await(network, late, found -> found.getInt("policyVersion") == 0 && found.getInt("score") == 63);
    }

    @Test
    void anInvalidCandidateIsRefusedAsAChangeWouldBe() {
        Map<String, Object> candidate = defaults();
        candidate.put("attendanceWeight", 60);
        preview(candidate).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("attendanceWeight", "taskWeight", "responsivenessWeight"));
        candidate = defaults();
        candidate.put("absenceStreak", 0);
        preview(candidate).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("absenceStreak"));
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString())).contentType("application/json")
                .body(defaults()).when().post("/api/v1/networks/{n}/engagement-policy/preview", network)
                .then().statusCode(403);
    }

    @Test
    void theChangeAdoptsTheCandidateOnlyWhileThePolicyPreviewedAgainstIsInForce() {
        Map<String, Object> candidate = defaults();
        candidate.put("absenceStreak", 3);
        String previewed = preview(candidate).then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().header("ETag");
        Map<String, Object> other = defaults();
        other.put("silenceDays", 120);
        change(other, previewed).then().statusCode(200).header("ETag", equalTo("\"1\""));

        change(candidate, previewed).then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("version.stale.sent"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement-policy", network)
                .then().header("ETag", equalTo("\"1\"")).body("absenceStreak", equalTo(2)).body("silenceDays", equalTo(120));
    }

    private io.restassured.response.Response change(Map<String, Object> policy, String ifMatch) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").header("If-Match", ifMatch)
                .body(policy).when().put("/api/v1/networks/{n}/engagement-policy", network);
    }

    @Test
    void aCandidateEqualToThePolicyInForceChangesNobody() {
        preview(defaults()).then().statusCode(200)
                .body("changedFields", empty())
                .body("totals.partnersDiffering", equalTo(0))
                .body("partners.items", empty());
    }

    private io.restassured.response.Response preview(Map<String, Object> candidate) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json").body(candidate)
                .when().post("/api/v1/networks/{n}/engagement-policy/preview", network);
    }

    private String alerts() {
        return given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(200).extract().asString();
    }

    private String engagementList() {
        return given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().getList("items").toString();
    }

    private String engagementWithout(UUID sentinel) {
        JsonPath list = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement", network).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = list.getList("items");
        return items.stream().filter(item -> !sentinel.toString().equals(item.get("partnerId"))).toList().toString();
    }

    /** The types of the partner's events on engagement-events, up to the alert's resolution (same partition, in order). */
    private List<String> eventTypesUpToResolution(UUID partner, String alertId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(record ->
                    "de.netzwerk.engagement.alert-resolved.v1".equals(TopicReader.header(record, "ce_type"))
                            && record.value().contains(alertId), Engagement.PATIENCE);
            return records.stream().filter(record -> partner.toString().equals(record.key()))
                    .map(record -> TopicReader.header(record, "ce_type")).toList();
        }
    }

    private static Map<String, Object> defaults() {
        return new HashMap<>(Map.ofEntries(Map.entry("halfLifeDays", 60),
                Map.entry("attendanceWeight", 50), Map.entry("taskWeight", 30), Map.entry("responsivenessWeight", 20),
                Map.entry("excusedCredit", 50), Map.entry("lateToleranceDays", 28), Map.entry("minutesReadDays", 14),
                Map.entry("engagedFrom", 70), Map.entry("watchFrom", 40), Map.entry("baselineDays", 90),
                Map.entry("absenceStreak", 2), Map.entry("overdueDays", 14), Map.entry("silenceDays", 90),
                Map.entry("scoreDropLimit", 20), Map.entry("scoreDropWindowDays", 60), Map.entry("invitationDaysAhead", 7),
                Map.entry("minutesWithinDays", 14), Map.entry("groupQuorumPercent", 50)));
    }
}
