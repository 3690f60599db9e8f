package de.netzwerk.partner;

import de.netzwerk.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Object mother: networks and partners through the API, as an operator and a coordinator create them. */
public final class Partners {

    private Partners() {
    }

    public static String network() {
        String id = "net-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DevTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Netzwerk " + id))
                .when().post("/api/v1/networks")
                .then().statusCode(201);
        return id;
    }

    /** A complete, valid profile to start from; tests change what they are about. */
    public static Map<String, Object> profile(String name) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("kind", "ORGANISATION");
        profile.put("sector", "SELF_ADVOCATES");
        profile.put("name", name);
        profile.put("email", "kontakt@example.org");
        profile.put("expertise", List.of("Leichte Sprache", "Barrierefreiheit"));
        profile.put("interests", "Kontakte zur Verwaltung");
        profile.put("offers", "Beratung zu Leichter Sprache");
        profile.put("listingConsent", true);
        profile.put("contactConsent", true);
        return profile;
    }

    public static Response register(String network, Map<String, Object> profile) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(profile)
                .when().post("/api/v1/networks/{n}/partners", network);
    }

    public static String registered(String network, Map<String, Object> profile) {
        return register(network, profile).then().statusCode(201).extract().path("id");
    }
}
