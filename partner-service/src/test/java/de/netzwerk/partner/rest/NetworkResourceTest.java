package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class NetworkResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void operatorCreatesANetworkThatItsCoordinatorCanRead() {
        String id = freshNetworkId();

        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Inklusionsnetzwerk Musterstadt"))
                .when().post("/api/v1/networks")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/networks/" + id))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("defaultLanguage", equalTo("de"));

        given().auth().oauth2(DevTokens.coordinator(id))
                .when().get("/api/v1/networks/{n}", id)
                .then().statusCode(200)
                .body("name", equalTo("Inklusionsnetzwerk Musterstadt"));
    }

    @Test
    void coordinatorRenamesTheirNetwork() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.coordinator(id)).contentType(ContentType.JSON)
                .header("If-Match", Versions.etag(id, "/api/v1/networks/{n}", id))
                .body(Map.of("name", "Engagierte Stadt Musterstadt"))
                .when().patch("/api/v1/networks/{n}", id)
                .then().statusCode(200)
                .body("name", equalTo("Engagierte Stadt Musterstadt"))
                .body("version", equalTo(1));
    }

    @Test
    void creatingTheSameNetworkTwiceIsAConflictAndKeepsTheFirst() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Someone else's network"))
                .when().post("/api/v1/networks")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("status", equalTo(409));

        given().auth().oauth2(DevTokens.coordinator(id)).when().get("/api/v1/networks/{n}", id)
                .then().statusCode(200).body("name", equalTo("Netzwerk " + id));
    }

    @Test
    void noTokenIsRefusedWith401ProblemDetails() {
        given().when().get("/api/v1/networks/{n}", freshNetworkId())
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("code", equalTo("auth.required"))
                .body("title", equalTo("Nicht angemeldet"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedWith401() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.signedByStranger(id))
                .when().get("/api/v1/networks/{n}", id)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aNetworkMissingFromTheTokenLooksLikeOneThatDoesNotExist() {
        String existing = createNetwork();
        String tokenNetwork = createNetwork();

        String forExisting = given().auth().oauth2(DevTokens.coordinator(tokenNetwork))
                .when().get("/api/v1/networks/{n}", existing)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .extract().path("detail");
        String missing = freshNetworkId();
        String forMissing = given().auth().oauth2(DevTokens.coordinator(missing))
                .when().get("/api/v1/networks/{n}", missing)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .extract().path("detail");

        org.junit.jupiter.api.Assertions.assertEquals(forMissing.replace(missing, "x"), forExisting.replace(existing, "x"));
    }

    @Test
    void aMemberMayNotRenameTheNetwork() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.member(id, UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(Map.of("name", "Taken over"))
                .when().patch("/api/v1/networks/{n}", id)
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("status", equalTo(403));

        given().auth().oauth2(DevTokens.coordinator(id)).when().get("/api/v1/networks/{n}", id)
                .then().body("name", equalTo("Netzwerk " + id));
    }

    @Test
    void malformedJsonIsA400ProblemAndChangesNothing() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.coordinator(id)).contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when().patch("/api/v1/networks/{n}", id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("code", equalTo("input.unreadable"))
                .body("detail", containsString("kein gültiges JSON"))
                .body(not(containsString("Exception")));

        given().auth().oauth2(DevTokens.coordinator(id)).when().get("/api/v1/networks/{n}", id)
                .then().body("name", equalTo("Netzwerk " + id)).body("version", equalTo(0));
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", "Not A Slug!", "name", "Valid name", "timeZone", "Mars/Olympus"))
                .when().post("/api/v1/networks")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", not(hasItem("name")));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.coordinator(id)).contentType(ContentType.JSON)
                .body("{\"name\": {\"nested\": true}}")
                .when().patch("/api/v1/networks/{n}", id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void unknownRoutesAreProblemsToo() {
        String id = createNetwork();

        given().auth().oauth2(DevTokens.coordinator(id))
                .when().get("/api/v1/networks/{n}/no-such-thing", id)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("instance", equalTo("/api/v1/networks/" + id + "/no-such-thing"))
                .body("trace", nullValue());
    }

    static String createNetwork() {
        String id = freshNetworkId();
        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Netzwerk " + id))
                .when().post("/api/v1/networks")
                .then().statusCode(201);
        return id;
    }

    static String freshNetworkId() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
