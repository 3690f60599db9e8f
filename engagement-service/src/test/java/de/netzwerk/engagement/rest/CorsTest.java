package de.netzwerk.engagement.rest;

import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A browser app on another origin (issue 16): only the configured origins (the tests configure the local SPA dev
 * server's, as deploy/local/up does) may call, and they may read the headers a client needs to send back.
 */
@QuarkusTest
class CorsTest {

    static final String ALLOWED = "http://localhost:5173";
    static final String REFUSED = "https://elsewhere.example";

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPreflightFromTheConfiguredOriginMayFollowUpAnAlertWithATokenAndAnEtag() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,accept-language")
                .when().options("/api/v1/networks/{n}/alerts/{a}", network, UUID.randomUUID())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("If-Match"), containsString("Accept-Language")));
    }

    @Test
    void aRequestFromAnyOtherOriginIsRefusedWhileOneWithoutOriginIsNot() {
        given().header("Origin", REFUSED).auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(200);
    }

    @Test
    void aPreflightFromAnyOtherOriginGetsNoPermission() {
        given().header("Origin", REFUSED).header("Access-Control-Request-Method", "PATCH")
                .when().options("/api/v1/networks/{n}/alerts/{a}", network, UUID.randomUUID())
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theConfiguredOriginMayReadTheHeadersAClientSendsBack() {
        given().header("Origin", ALLOWED).auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Retry-After"), containsString("Link")));
    }
}
