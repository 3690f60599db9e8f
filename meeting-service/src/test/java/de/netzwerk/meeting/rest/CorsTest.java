package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

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

    private final String network = Meetings.freshNetwork();

    @Test
    void aPreflightFromTheConfiguredOriginMayUpdateWithATokenAndAnEtag() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,accept-language")
                .when().options("/api/v1/networks/{n}/meetings/{m}", network, java.util.UUID.randomUUID())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("If-Match"), containsString("Accept-Language")));
    }

    @Test
    void aRequestFromAnyOtherOriginIsRefusedWhileOneWithoutOriginIsNot() {
        given().header("Origin", REFUSED).auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(200);
    }

    @Test
    void aPreflightFromAnyOtherOriginGetsNoPermission() {
        given().header("Origin", REFUSED).header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/networks/{n}/meetings", network)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theConfiguredOriginMayReadTheLocationOfWhatItCreated() {
        String group = Replicated.group(network);

        given().header("Origin", ALLOWED).auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "AG Inklusion", "startsAt", "2026-12-03T18:00:00+01:00",
                        "endsAt", "2026-12-03T20:00:00+01:00"))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", allOf(containsString("Location"), containsString("ETag"),
                        containsString("Retry-After"), containsString("Link")));
    }
}
