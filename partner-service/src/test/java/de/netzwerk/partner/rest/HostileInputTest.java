package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Input an attacker or a broken client sends is refused with 400 (or 413) as problem+json, and nothing is stored. */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void trailingGarbageAfterTheBodyIsRefused() {
        registerRaw("{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"Anna\"} {\"name\":\"Ben\"}")
                .statusCode(400).contentType(PROBLEM_JSON);
        assertNoPartnerStored();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        registerRaw("{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"Anna\",\"name\":\"Ben\"}")
                .statusCode(400).contentType(PROBLEM_JSON);
        assertNoPartnerStored();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Anna\\u0000", "Anna\\ud800", "\\udc00Anna" })
    void textThatCannotBeStoredIsRefusedNamingTheField(String name) {
        registerRaw("{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"" + name + "\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("name"));
        assertNoPartnerStored();
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsKept() {
        registerRaw("{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"Anna \\ud83c\\udf3b\"}")
                .statusCode(201).body("name", equalTo("Anna \uD83C\uDF3B"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-0001-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01" })
    void datesOutsideTheAcceptedYearsAreRefusedNamingTheField(String date) {
        String partner = Partners.registered(network, Partners.profile("Anna"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("channel", "CALL", "contactedOn", date))
                .when().post("/api/v1/networks/{n}/partners/{p}/contacts", network, partner)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("contactedOn"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "SystemV/AST4", "Mars/Olympus", "GMT+1", "EST", "../../etc/passwd" })
    void onlyIanaRegionTimeZonesAreAccepted(String zone) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("timeZone", zone))
                .when().patch("/api/v1/networks/{n}", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("timeZone"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "page=2147483647", "page=1000001", "page=-1", "size=0", "size=201", "page=abc",
            "size=1e3", "contactOlderThan=P999999999Y", "contactOlderThan=P-1D" })
    void pagesAndPeriodsOutOfBoundsAreRefusedNamingTheParameter(String query) {
        String parameter = query.substring(0, query.indexOf('='));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners?" + query, network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingIt() {
        given().auth().oauth2(DevTokens.coordinator(network)).urlEncodingEnabled(false)
                .when().get("/api/v1/networks/{n}/partners?name=An%00na", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AsProblemJson() {
        String name = "x".repeat(300 * 1024);
        registerRaw("{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"" + name + "\"}")
                .statusCode(413).contentType(PROBLEM_JSON)
                .body("status", equalTo(413));
        assertNoPartnerStored();
    }

    private ValidatableResponse registerRaw(String body) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/networks/{n}/partners", network)
                .then();
    }

    private void assertNoPartnerStored() {
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
