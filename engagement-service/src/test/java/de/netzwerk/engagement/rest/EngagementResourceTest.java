package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Scores from scripted histories sent through Kafka, with every point explained. */
@QuarkusTest
class EngagementResourceTest {

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
    void everyPointOfTheScoreIsExplainedAndTheLedgerAddsUpToIt() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID present = UUID.randomUUID();
        UUID excused = UUID.randomUUID();
        UUID absent = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.attendance(partner, group, present, daysAgo(60), "PRESENT");
        events.attendance(partner, group, excused, daysAgo(30), "EXCUSED");
        events.attendance(partner, group, absent, daysAgo(10), "ABSENT");
        events.taskAssigned(task, partner, daysAgo(40), daysAgo(70));
        events.taskCompleted(task, partner, daysAgo(40), daysAgo(33));

        JsonPath engagement = Engagement.await(network, partner,
                found -> found.getList("ledger").size() == 3 && found.getList("components").size() == 2);

        int score = engagement.getInt("score");
        assertEquals(score, 100 + Engagement.ledgerSum(engagement));
        assertThat((String) Engagement.entryFor(engagement, absent).get("explanation"),
                startsWith("\u2212" + -(Integer) Engagement.entryFor(engagement, absent).get("points")
                        + ": absent without excuse from group " + group + " on " + daysAgo(10)));
        assertThat((String) Engagement.entryFor(engagement, excused).get("reason"), containsString("excused"));
        assertThat((String) Engagement.entryFor(engagement, task).get("reason"), containsString("7 days late"));
        assertThat(engagement.getList("components.kind"), contains("ATTENDANCE", "TASK_RELIABILITY"));
        assertEquals(bandOf(score), engagement.getString("band"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200)
                .body("items.partnerId", hasItem(partner.toString()))
                .body("items.find { it.partnerId == '%s' }.score".formatted(partner), equalTo(score));
    }

    @Test
    void lateOutOfOrderHistoryAndCorrectionsGiveTheSameResultAsPunctualEvents() throws Exception {
        UUID punctual = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        // The punctual partner's events arrive as they happened; the same history of the other arrives backwards,
        // and the absence at the second meeting is corrected to "excused" before the original record arrives.
        UUID[] first = { UUID.randomUUID(), UUID.randomUUID() };
        UUID[] second = { UUID.randomUUID(), UUID.randomUUID() };
        UUID[] third = { UUID.randomUUID(), UUID.randomUUID() };
        events.attendance(punctual, group, first[0], daysAgo(60), "PRESENT");
        events.attendance(punctual, group, second[0], daysAgo(30), "ABSENT", 1);
        events.attendance(punctual, group, second[0], daysAgo(30), "EXCUSED", 2);
        events.attendance(punctual, group, third[0], daysAgo(10), "ABSENT");

        events.attendance(late, group, third[1], daysAgo(10), "ABSENT");
        events.attendance(late, group, second[1], daysAgo(30), "EXCUSED", 2);
        events.attendance(late, group, second[1], daysAgo(30), "ABSENT", 1);
        events.attendance(late, group, first[1], daysAgo(60), "PRESENT");

        JsonPath expected = Engagement.await(network, punctual, found -> found.getList("ledger").size() == 2);
        JsonPath actual = Engagement.await(network, late, found -> found.getList("ledger").size() == 2
                && found.getList("components.items").equals(List.of(3)));

        assertEquals(expected.getInt("score"), actual.getInt("score"));
        assertEquals(expected.getList("ledger.points"), actual.getList("ledger.points"));
        assertEquals(expected.getList("ledger.date"), actual.getList("ledger.date"));
        assertThat((String) Engagement.entryFor(actual, second[1]).get("reason"), containsString("excused"));
        assertThat("the corrected absence no longer makes a streak",
                Engagement.of(network, late).getList("conditions.rule"), org.hamcrest.Matchers.not(hasItem("ABSENCE_STREAK")));
        assertEquals(expected.getList("conditions.rule"), actual.getList("conditions.rule"));
    }

    @Test
    void aMemberSeesTheirOwnEngagementOnly() throws Exception {
        UUID member = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        events.attendance(member, group, UUID.randomUUID(), daysAgo(5), "PRESENT");
        events.attendance(other, group, UUID.randomUUID(), daysAgo(5), "ABSENT");
        Engagement.await(network, member, found -> true);
        Engagement.await(network, other, found -> true);
        String token = DevTokens.member(network, member.toString());

        given().auth().oauth2(token).when().get("/api/v1/networks/{n}/engagement/{p}", network, member)
                .then().statusCode(200).body("score", equalTo(100));
        given().auth().oauth2(token).when().get("/api/v1/networks/{n}/engagement/{p}", network, other)
                .then().statusCode(403).contentType("application/problem+json");
        List<Map<String, Object>> listed = given().auth().oauth2(token)
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(List.of(member.toString()), listed.stream().map(item -> item.get("partnerId")).toList());
        given().auth().oauth2(DevTokens.coordinator("elsewhere")).when().get("/api/v1/networks/{n}/engagement/{p}", network, member)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPartnerNothingIsKnownAboutIsNotFound() {
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement/{p}", network, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aPauseEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        UUID partner = UUID.randomUUID();
        events.partnerRegistered(partner);
        events.flush();
        Engagement.await(network, partner, found -> true);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("startsOn", LocalDate.now().toString(), "until", LocalDate.now().minusDays(1).toString(),
                        "reason", "ILLNESS"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("until"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("until", LocalDate.now().plusDays(10).toString(), "reason", "HOLIDAY"))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reason"));
    }

    private static String bandOf(int score) {
        return score >= 70 ? "ENGAGED" : score >= 40 ? "WATCH" : "AT_RISK";
    }
}
