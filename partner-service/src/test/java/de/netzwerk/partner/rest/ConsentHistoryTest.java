package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConsentHistoryTest {

    private static final String CONSENTS = "/api/v1/networks/{n}/partners/{p}/consents";

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void everyAnswerToAConsentIsKeptWithWhenAndByWhom() {
        String anna = Partners.registered(network, Partners.profile("Anna Beispiel"));
        Map<String, Object> profile = Partners.profile("Anna Beispiel");
        profile.put("listingConsent", false);
        profile.put("stayListedConsent", true);
        updateOwn(anna, "\"0\"", profile);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(CONSENTS, network, anna)
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.purpose", contains("LISTING", "STAY_LISTED", "CONTACT", "LISTING", "STAY_LISTED"))
                .body("items.given", contains(false, true, true, true, false))
                .body("items[0].recordedBy", equalTo(anna))
                .body("items[0].recordedAt", equalTo(given().auth().oauth2(DevTokens.coordinator(network))
                        .when().get("/api/v1/networks/{n}/partners/{p}", network, anna)
                        .then().extract().path("listingConsent.recordedAt")));
    }

    @Test
    void anUnchangedAnswerAddsNothing() {
        String anna = Partners.registered(network, Partners.profile("Anna Beispiel"));
        Map<String, Object> profile = Partners.profile("Anna Beispiel");
        profile.put("interests", "Austausch mit anderen Selbsthilfegruppen");
        updateOwn(anna, "\"0\"", profile);

        given().auth().oauth2(DevTokens.member(network, anna))
                .when().get(CONSENTS, network, anna)
                .then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void aMemberReadsOnlyTheirOwnConsents() {
        String anna = Partners.registered(network, Partners.profile("Anna Beispiel"));
        String ben = Partners.registered(network, Partners.profile("Ben Beispiel"));

        given().auth().oauth2(DevTokens.member(network, anna))
                .when().get(CONSENTS, network, ben)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownPartnerHasNoConsents() {
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(CONSENTS, network, "00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void updateOwn(String partner, String etag, Map<String, Object> profile) {
        given().auth().oauth2(DevTokens.member(network, partner)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().statusCode(200);
    }
}
