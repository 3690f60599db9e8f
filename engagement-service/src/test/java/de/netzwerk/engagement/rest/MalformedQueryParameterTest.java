package de.netzwerk.engagement.rest;

import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

/**
 * A query parameter that cannot be read is the caller's mistake: 400 as problem+json naming the parameter, never a
 * 404 (as if the path were wrong) nor a 500. Issue 18: "a malformed {@code from} on …/alerts/causes likely answers
 * 404, untested".
 */
@QuarkusTest
class MalformedQueryParameterTest {

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
            "alerts/causes, from, yesterday",
            "alerts/causes, from, 2026-12-01",
            "alerts/causes, to, 2026-13-01T00:00:00Z",
            "alerts/causes, from, 0001-01-01T00:00:00Z",
            "alerts, updatedSince, 2026-12-01T25:00:00+01:00",
            "alerts, partnerId, not-a-uuid",
            "alerts/cases, partnerId, 42",
            "alerts/cases, status, CLOSED",
            "engagement, updatedSince, now",
            "engagement, band, GREEN",
            "coordination-signals, days, half-a-year",
    })
    void isABadRequestNamingTheParameter(String path, String parameter, String value) {
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam(parameter, value)
                .when().get("/api/v1/networks/{n}/" + path, network)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(parameter));
    }
}
