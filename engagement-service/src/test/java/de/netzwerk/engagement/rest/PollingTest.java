package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Engagement.PATIENCE;
import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clients that poll the alerts and the engagement list ask for what changed at or after a moment (updatedSince) and
 * sort by score or by time; an unknown sort key is refused naming {@code sort}.
 */
@QuarkusTest
class PollingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private final UUID steady = UUID.randomUUID();
    private final UUID changing = UUID.randomUUID();
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
    void anAlertFollowedUpAfterTheMomentIsListedAndOneUntouchedSinceIsNot() throws Exception {
        String steadyAlert = absentTwice(steady);
        String changingAlert = absentTwice(changing);
        Engagement.awaitNoPendingAssessments();
        OffsetDateTime moment = OffsetDateTime.now();

        given().auth().oauth2(coordinator()).contentType("application/json").body(Map.of("status", "ACKNOWLEDGED"))
                .header("If-Match", Alerts.etag(network, changingAlert))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, changingAlert).then().statusCode(200);

        // Following up one alert follows up its case: every alert of that partner changed, none of the other's.
        given().auth().oauth2(coordinator()).queryParam("updatedSince", moment.toString())
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(200).body("items.id", hasItem(changingAlert))
                .body("items.partnerId", everyItem(equalTo(changing.toString())));
        assertEquals(List.of(changingAlert, steadyAlert), listed("-updatedAt", changingAlert, steadyAlert));
        assertEquals(List.of(steadyAlert, changingAlert), listed("updatedAt", changingAlert, steadyAlert));
        assertEquals(List.of(steadyAlert, changingAlert), listed("raisedAt", changingAlert, steadyAlert));
        assertEquals(List.of(changingAlert, steadyAlert), listed("-raisedAt", changingAlert, steadyAlert));
    }

    /** The two alerts in the order the list sorted by the key shows them. */
    private List<String> listed(String sort, String one, String other) {
        List<String> ids = given().auth().oauth2(coordinator()).queryParam("sort", sort).queryParam("size", 200)
                .when().get("/api/v1/networks/{n}/alerts", network).then().statusCode(200).extract().path("items.id");
        return ids.stream().filter(id -> id.equals(one) || id.equals(other)).toList();
    }

    @Test
    void aScoreChangedAfterTheMomentIsListedAndOneUnchangedSinceIsNot() throws Exception {
        events.attendance(steady, group, UUID.randomUUID(), daysAgo(10), "PRESENT");
        events.attendance(changing, group, UUID.randomUUID(), daysAgo(10), "PRESENT");
        events.flush();
        Engagement.await(network, steady, found -> found.get("score") != null);
        Engagement.await(network, changing, found -> found.get("score") != null);
        Engagement.awaitNoPendingAssessments();
        OffsetDateTime moment = OffsetDateTime.now();

        events.attendance(changing, group, UUID.randomUUID(), daysAgo(3), "ABSENT");
        events.flush();
        Engagement.await(network, changing, found -> found.getInt("score") < 100);

        given().auth().oauth2(coordinator()).queryParam("updatedSince", moment.toString())
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).body("items.partnerId", contains(changing.toString())).body("totalItems", equalTo(1));
        given().auth().oauth2(coordinator()).queryParam("sort", "-score")
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).body("items.partnerId", contains(steady.toString(), changing.toString()));
        given().auth().oauth2(coordinator())
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).body("items.partnerId", contains(changing.toString(), steady.toString()));
        given().auth().oauth2(coordinator()).queryParam("sort", "-updatedAt")
                .when().get("/api/v1/networks/{n}/engagement", network)
                .then().statusCode(200).body("items.partnerId", contains(changing.toString(), steady.toString()));
    }

    @Test
    void anUnknownSortKeyIsRefusedNamingSort() {
        for (String list : List.of("alerts", "engagement")) {
            given().auth().oauth2(coordinator()).header("Accept-Language", "de").queryParam("sort", "name")
                    .when().get("/api/v1/networks/{n}/" + list, network)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("sort"));
        }
    }

    private String absentTwice(UUID partner) throws InterruptedException {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        events.flush();
        return (String) Alerts.awaitFor(network, partner, found -> !found.isEmpty(), PATIENCE).getFirst().get("id");
    }

    private String coordinator() {
        return DevTokens.coordinator(network);
    }
}
