package de.netzwerk.partner.security;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** Validly signed tokens that no careful issuer hands out are refused; a caller who floods the API is slowed down. */
@QuarkusTest
class TokenRulesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void aTokenWithinTheRulesIsAccepted() {
        Instant now = Instant.now();
        expectStatus(claims(now.minusSeconds(10), now.plus(Duration.ofHours(1))), 200);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Instant inAYear = Instant.now().plus(Duration.ofDays(365));
        expectStatus(claims(inAYear, inAYear.plus(Duration.ofHours(1))), 401);
    }

    @Test
    void aTokenThatLivesTenYearsIsRefused() {
        Instant now = Instant.now();
        expectStatus(claims(now, now.plus(Duration.ofDays(3650))), 401);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        expectStatus(claims(Instant.now(), null), 401);
    }

    @Test
    void aCallerBeyondTheirAllowanceGets429WithRetryAfter() {
        // %test configures the caller "throttled-client" to 3 requests a minute.
        Instant now = Instant.now();
        String token = DevTokens.signedClaims("""
                {"iss":"%s","aud":"%s","sub":"throttled-client","groups":["coordinator"],"networks":["%s"],
                 "iat":%d,"exp":%d}""".formatted(DevTokens.ISSUER, DevTokens.AUDIENCE, network,
                now.getEpochSecond(), now.plus(Duration.ofHours(1)).getEpochSecond()));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/networks/{n}", network).then().statusCode(200);
        }
        given().auth().oauth2(token).when().get("/api/v1/networks/{n}", network)
                .then().statusCode(429).contentType(PROBLEM_JSON)
                .body("status", equalTo(429))
                .header("Retry-After", notNullValue())
                .header("Retry-After", s -> Integer.parseInt(s), greaterThanOrEqualTo(1));
    }

    private String claims(Instant issuedAt, Instant expiresAt) {
        String expiry = expiresAt == null ? "" : ",\"exp\":" + expiresAt.getEpochSecond();
        return DevTokens.signedClaims("""
                {"iss":"%s","aud":"%s","sub":"test-coordinator","groups":["coordinator"],"networks":["%s"],"iat":%d%s}"""
                .formatted(DevTokens.ISSUER, DevTokens.AUDIENCE, network, issuedAt.getEpochSecond(), expiry));
    }

    private void expectStatus(String token, int status) {
        var response = given().auth().oauth2(token).when().get("/api/v1/networks/{n}", network).then().statusCode(status);
        if (status == 401) {
            response.contentType(PROBLEM_JSON).header("WWW-Authenticate", notNullValue());
        }
    }
}
