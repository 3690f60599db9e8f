package de.netzwerk.partner;

import de.netzwerk.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Object mother: offers, needs and matches of the resource exchange, through the API as a coordinator posts them. */
public final class Exchange {

    public static final String BASE = "/api/v1/networks/{n}/exchange";

    private Exchange() {
    }

    /** A complete, valid entry valid for a month; tests change what they are about. */
    public static Map<String, Object> entry(String partner, String kind, String description, String... tags) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("partnerId", partner);
        entry.put("kind", kind);
        entry.put("description", description);
        entry.put("tags", List.of(tags));
        entry.put("validUntil", LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(1).toString());
        return entry;
    }

    public static Response post(String token, String network, String side, Map<String, Object> entry) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(entry)
                .when().post(BASE + "/" + side, network);
    }

    public static String offered(String network, Map<String, Object> entry) {
        return post(DevTokens.coordinator(network), network, "offers", entry).then().statusCode(201).extract().path("id");
    }

    public static String needed(String network, Map<String, Object> entry) {
        return post(DevTokens.coordinator(network), network, "needs", entry).then().statusCode(201).extract().path("id");
    }

    public static String matched(String network, String offer, String need) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("offerId", offer, "needId", need))
                .when().post(BASE + "/matches", network)
                .then().statusCode(201).extract().path("id");
    }

    public static Response change(String token, String network, String match, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", status))
                .header("If-Match", Versions.etag(network, BASE + "/matches/{m}", network, match))
                .when().patch(BASE + "/matches/{m}", network, match);
    }
}
