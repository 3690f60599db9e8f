package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Problems and field messages in the caller's language, else the network's; the same code in every language. */
@QuarkusTest
class ProblemLanguageTest {

    private static final String GERMAN_CALLER = "de-DE,de;q=0.9";
    private static final String ENGLISH_CALLER = "en-GB,en;q=0.9,de;q=0.5";

    @Test
    void aGermanAndAnEnglishCallerGetTheSameProblemInTheirLanguage() {
        String network = Partners.network();
        UUID nobody = UUID.randomUUID();

        asCoordinator(network).header("Accept-Language", GERMAN_CALLER)
                .when().get("/api/v1/networks/{n}/partners/{p}", network, nobody)
                .then().statusCode(404)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("code", equalTo("partner.not-found"))
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", equalTo("Partner:in „" + nobody + "“ wurde nicht gefunden."));

        asCoordinator(network).header("Accept-Language", ENGLISH_CALLER)
                .when().get("/api/v1/networks/{n}/partners/{p}", network, nobody)
                .then().statusCode(404)
                .header("Content-Language", "en")
                .body("code", equalTo("partner.not-found"))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No partner '" + nobody + "' was found."));
    }

    @Test
    void aFieldMessageFromBeanValidationIsInTheCallersLanguage() {
        String network = Partners.network();
        Map<String, Object> nameless = Partners.profile(" ");

        asCoordinator(network).header("Accept-Language", GERMAN_CALLER).contentType(ContentType.JSON).body(nameless)
                .when().post("/api/v1/networks/{n}/partners", network)
                .then().statusCode(400)
                .body("code", equalTo("input.invalid"))
                .body("detail", equalTo("Ungültiger Wert für: name."))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("NotBlank"))
                .body("errors[0].message", equalTo("darf nicht leer sein"));

        asCoordinator(network).header("Accept-Language", ENGLISH_CALLER).contentType(ContentType.JSON).body(nameless)
                .when().post("/api/v1/networks/{n}/partners", network)
                .then().statusCode(400)
                .body("code", equalTo("input.invalid"))
                .body("detail", equalTo("Invalid value for: name."))
                .body("errors[0].code", equalTo("NotBlank"))
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void netzwerksOwnConstraintMessagesAreInTheCallersLanguageToo() {
        String network = Partners.network();

        asCoordinator(network).header("Accept-Language", GERMAN_CALLER).contentType(ContentType.JSON)
                .body(Map.of("defaultLanguage", "fr"))
                .when().patch("/api/v1/networks/{n}", network)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("defaultLanguage"))
                .body("errors[0].code", equalTo("Pattern"))
                .body("errors[0].message", equalTo("muss de oder en sein"));

        asCoordinator(network).header("Accept-Language", ENGLISH_CALLER).contentType(ContentType.JSON)
                .body(Map.of("defaultLanguage", "fr"))
                .when().patch("/api/v1/networks/{n}", network)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("Pattern"))
                .body("errors[0].message", equalTo("must be de or en"));
    }

    @Test
    void withoutAHeaderTheNetworksLanguageIsSpoken() {
        String english = networkSpeaking("en");
        String german = networkSpeaking("de");

        asCoordinator(english).when().get("/api/v1/networks/{n}/partners/{p}", english, UUID.randomUUID())
                .then().statusCode(404)
                .header("Content-Language", "en")
                .body("code", equalTo("partner.not-found"))
                .body("title", equalTo("Not Found"));
        asCoordinator(english).contentType(ContentType.JSON).body(Partners.profile(""))
                .when().post("/api/v1/networks/{n}/partners", english)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must not be blank"));

        asCoordinator(german).when().get("/api/v1/networks/{n}/partners/{p}", german, UUID.randomUUID())
                .then().statusCode(404)
                .header("Content-Language", "de")
                .body("title", equalTo("Nicht gefunden"));
    }

    @Test
    void aLanguageWeDoNotSpeakFallsBackToTheNetworksLanguage() {
        String english = networkSpeaking("en");

        asCoordinator(english).header("Accept-Language", "fr-FR,fr;q=0.9")
                .when().get("/api/v1/networks/{n}/partners/{p}", english, UUID.randomUUID())
                .then().statusCode(404)
                .header("Content-Language", "en");
    }

    @Test
    void aCallerOfAnotherNetworkDoesNotLearnItsLanguage() {
        String english = networkSpeaking("en");
        String mine = Partners.network();

        given().auth().oauth2(DevTokens.coordinator(mine))
                .when().get("/api/v1/networks/{n}/partners", english)
                .then().statusCode(404)
                .header("Content-Language", "de")
                .body("code", equalTo("network.not-found"))
                .body("detail", equalTo("Netzwerk „" + english + "“ wurde nicht gefunden."));
    }

    @Test
    void aCallerWithoutATokenIsAnsweredInGermanUnlessTheyAskForEnglish() {
        given().when().get("/api/v1/networks/{n}", Partners.network())
                .then().statusCode(401)
                .body("code", equalTo("auth.required"))
                .body("title", equalTo("Nicht angemeldet"));

        given().header("Accept-Language", "en").when().get("/api/v1/networks/{n}", Partners.network())
                .then().statusCode(401)
                .body("code", equalTo("auth.required"))
                .body("title", equalTo("Unauthorized"));
    }

    private static RequestSpecification asCoordinator(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network));
    }

    private static String networkSpeaking(String language) {
        String id = "net-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Netzwerk " + id, "defaultLanguage", language))
                .when().post("/api/v1/networks")
                .then().statusCode(201);
        return id;
    }
}
