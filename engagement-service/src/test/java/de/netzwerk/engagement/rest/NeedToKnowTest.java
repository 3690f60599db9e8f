package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 14, item 5: integrations (municipal systems) see that a partner pauses and when, and how an alert was followed
 * up, but not why the partner pauses (illness is health data), nor the coordinator's notes; coordinators see all of
 * it. A member reads their own score and ledger, and nobody else's.
 */
@QuarkusTest
class NeedToKnowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PAUSE_NOTE = "Reha nach Bandscheibenvorfall";
    private static final String FOLLOW_UP_NOTE = "Pflegt seine Mutter, meldet sich im Frühjahr";

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
    void anIntegrationSeesAPausesPeriodButNotItsReasonNorAnyNoteWhileACoordinatorSeesThemAll() throws Exception {
        events.membership(partner, group, daysAgo(300));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        String alertId = (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), PATIENCE)
                .getFirst().get("id");
        String coordinator = DevTokens.coordinator(network);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("status", "CONTACTED", "contactChannel", "CALL", "note", FOLLOW_UP_NOTE))
                .header("If-Match", Alerts.etag(network, alertId))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, alertId).then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("startsOn", daysAgo(0).toString(), "until", daysAgo(-60).toString(), "reason", "ILLNESS",
                        "note", PAUSE_NOTE))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, partner).then().statusCode(200);
        Engagement.await(network, partner, found -> Boolean.TRUE.equals(found.get("paused")));
        String integration = DevTokens.integration(network);

        Response engagement = get(integration, "/api/v1/networks/{n}/engagement/{p}", partner);
        engagement.then().statusCode(200)
                .body("paused", equalTo(true))
                .body("pause.startsOn", equalTo(daysAgo(0).toString()))
                .body("pause.until", equalTo(daysAgo(-60).toString()))
                .body("pause.reason", nullValue())
                .body("pause.note", nullValue());
        get(coordinator, "/api/v1/networks/{n}/engagement/{p}", partner).then().statusCode(200)
                .body("pause.reason", equalTo("ILLNESS"))
                .body("pause.note", equalTo(PAUSE_NOTE));

        Response alert = get(integration, "/api/v1/networks/{n}/alerts/{a}", alertId);
        alert.then().statusCode(200)
                .body("followUp.contactChannel", equalTo("CALL"))
                .body("followUp.contactedAt", notNullValue())
                .body("followUp.note", nullValue());
        String caseId = alert.jsonPath().getString("caseId");
        Response alerts = get(integration, "/api/v1/networks/{n}/alerts?partnerId={p}", partner);
        alerts.then().statusCode(200).body("items.id", hasItem(alertId));
        Response oneCase = get(integration, "/api/v1/networks/{n}/alerts/cases/{c}", caseId);
        oneCase.then().statusCode(200).body("followUp.contactChannel", equalTo("CALL"));
        Response cases = get(integration, "/api/v1/networks/{n}/alerts/cases?partnerId={p}", partner);
        cases.then().statusCode(200).body("items.id", contains(caseId));
        for (Response seenByIntegration : List.of(engagement, alert, alerts, oneCase, cases)) {
            String body = seenByIntegration.asString();
            assertThat(body, not(containsString(PAUSE_NOTE)));
            assertThat(body, not(containsString(FOLLOW_UP_NOTE)));
            assertThat(body, not(containsString("ILLNESS")));
        }

        get(coordinator, "/api/v1/networks/{n}/alerts/{a}", alertId).then().statusCode(200)
                .body("followUp.note", equalTo(FOLLOW_UP_NOTE));
        get(coordinator, "/api/v1/networks/{n}/alerts/cases/{c}", caseId).then().statusCode(200)
                .body("followUp.note", equalTo(FOLLOW_UP_NOTE));
        get(coordinator, "/api/v1/networks/{n}/alerts/cases?partnerId={p}", partner).then().statusCode(200)
                .body("items[0].followUp.note", equalTo(FOLLOW_UP_NOTE));
    }

    @Test
    void aMemberReadsTheirOwnScoreAndLedgerAndNobodyElses() throws Exception {
        UUID other = UUID.randomUUID();
        UUID missed = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.membership(other, group, daysAgo(300));
        events.attendance(partner, group, missed, daysAgo(10), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(3), "PRESENT");
        events.attendance(other, group, missed, daysAgo(10), "PRESENT");
        Engagement.await(network, partner, found -> found.getList("ledger").size() == 1);
        Engagement.await(network, other, found -> found.get("score") != null);
        String member = DevTokens.member(network, partner.toString());

        get(member, "/api/v1/networks/{n}/engagement/{p}", partner).then().statusCode(200)
                .body("score", notNullValue())
                .body("ledger.referenceId", contains(missed.toString()))
                .body("ledger[0].reason", containsString("absent without excuse"));
        get(member, "/api/v1/networks/{n}/engagement", null).then().statusCode(200)
                .body("items.partnerId", contains(partner.toString()));
        get(member, "/api/v1/networks/{n}/engagement/{p}", other).then().statusCode(403)
                .contentType("application/problem+json");
        get(DevTokens.member(network, other.toString()), "/api/v1/networks/{n}/engagement/{p}", partner).then()
                .statusCode(403);
    }

    private Response get(String token, String path, Object id) {
        return id == null
                ? given().auth().oauth2(token).when().get(path, network)
                : given().auth().oauth2(token).when().get(path, network, id);
    }
}
