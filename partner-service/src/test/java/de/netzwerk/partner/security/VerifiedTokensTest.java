package de.netzwerk.partner.security;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bearer token verified in full is remembered for its next requests, which it then serves as the same caller; a
 * refused token is never remembered, and a remembered one stops working when it expires.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void aVerifiedTokenIsRememberedAndServesItsCallerAgain() {
        String token = DevTokens.coordinator(network);
        assertFalse(verified.recall(token, Map.of()).isPresent(), "remembered before any request");

        given().auth().oauth2(token).when().get("/api/v1/networks/{n}", network).then().statusCode(200);
        assertTrue(verified.recall(token, Map.of()).isPresent(), "remembered after its first request");

        // Served from memory: still this caller, with this caller's role and network.
        given().auth().oauth2(token).when().get("/api/v1/networks/{n}", network)
                .then().statusCode(200).body("id", equalTo(network));
        // Another network stays hidden from it, as from any caller outside it.
        given().auth().oauth2(token).when().get("/api/v1/networks/{n}", Partners.network()).then().statusCode(404);

        // What is kept holds no request it served: else every request with the token stayed in memory.
        assertNull(verified.recall(token, Map.of()).orElseThrow().getAttribute(RoutingContext.class.getName()),
                "a request's HTTP context in the remembered identity");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        Instant inAYear = Instant.now().plus(Duration.ofDays(365));
        String fromTheFuture = claims(inAYear, inAYear.plus(Duration.ofHours(1)));
        String stranger = DevTokens.signedByStranger(network);

        given().auth().oauth2(fromTheFuture).when().get("/api/v1/networks/{n}", network).then().statusCode(401);
        given().auth().oauth2(stranger).when().get("/api/v1/networks/{n}", network).then().statusCode(401);

        assertFalse(verified.recall(fromTheFuture, Map.of()).isPresent(), "a token refused by the lifetime rules");
        assertFalse(verified.recall(stranger, Map.of()).isPresent(), "a token signed with another key");
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() {
        Instant now = Instant.now();
        String shortLived = claims(now, now.plusSeconds(3));
        given().auth().oauth2(shortLived).when().get("/api/v1/networks/{n}", network).then().statusCode(200);
        assertTrue(verified.recall(shortLived, Map.of()).isPresent(), "remembered while valid");

        await("the expired token refused").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(shortLived).when().get("/api/v1/networks/{n}", network)
                        .then().extract().statusCode() == 401);
        assertFalse(verified.recall(shortLived, Map.of()).isPresent(), "remembered after it expired");
    }

    private String claims(Instant issuedAt, Instant expiresAt) {
        return DevTokens.signedClaims("""
                {"iss":"%s","aud":"%s","sub":"test-coordinator","groups":["coordinator"],"networks":["%s"],"iat":%d,"exp":%d}"""
                .formatted(DevTokens.ISSUER, DevTokens.AUDIENCE, network, issuedAt.getEpochSecond(),
                        expiresAt.getEpochSecond()));
    }
}
