package de.netzwerk.task.rest;

import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Problems and field messages in the caller's language, the same code in every language. Without a header the
 * network's language is spoken: German, until this service keeps a replica of the networks' languages.
 */
@QuarkusTest
class ProblemLanguageTest {

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aGermanAndAnEnglishCallerGetTheSameProblemInTheirLanguage() {
        UUID missing = UUID.randomUUID();

        notFound(missing, "de-DE,de;q=0.9")
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("code", equalTo("task.not-found"))
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", equalTo("Aufgabe „" + missing + "“ wurde nicht gefunden."));
        notFound(missing, "en-US,en;q=0.9,de;q=0.8")
                .header("Content-Language", "en")
                .body("code", equalTo("task.not-found"))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No task '" + missing + "' was found."));
    }

    @Test
    void withoutAHeaderTheAnswerIsGerman() {
        notFound(UUID.randomUUID(), null)
                .header("Content-Language", "de")
                .body("title", equalTo("Nicht gefunden"));
    }

    @Test
    void aFieldMessageFromBeanValidationIsInTheCallersLanguage() {
        invalid("de-DE,de;q=0.9")
                .body("code", equalTo("input.invalid"))
                .body("detail", containsString("Ungültiger Wert für: "))
                .body("errors.find { it.field == 'title' }.code", equalTo("NotBlank"))
                .body("errors.find { it.field == 'title' }.message", equalTo("darf nicht leer sein"));
        invalid("en")
                .body("code", equalTo("input.invalid"))
                .body("detail", containsString("Invalid value for: "))
                .body("errors.find { it.field == 'title' }.code", equalTo("NotBlank"))
                .body("errors.find { it.field == 'title' }.message", equalTo("must not be blank"));
    }

    private ValidatableResponse notFound(UUID id, String acceptLanguage) {
        var request = given().auth().oauth2(DevTokens.coordinator(network));
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get("/api/v1/networks/{n}/tasks/{t}", network, id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse invalid(String acceptLanguage) {
        return given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", acceptLanguage)
                .contentType("application/json").body("{}")
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
