package de.netzwerk.engagement.rest;

import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AlertResourceTest {

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNewNetworkHasNoAlerts() {
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void membersDoNotSeeTheAlertsOfOthers() {
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .queryParam("partnerId", UUID.randomUUID().toString())
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anotherNetworkIsNotFound() {
        given().auth().oauth2(DevTokens.coordinator("other-" + network))
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("status", "FORGOTTEN")
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("status"));
    }

    @Test
    void thePolicyStartsWithTheDocumentedDefaults() {
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/engagement-policy", network)
                .then().statusCode(200)
                .body("absenceStreak", equalTo(2))
                .body("halfLifeDays", equalTo(60))
                .body("silenceDays", equalTo(90));
    }
}
