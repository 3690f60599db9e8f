package de.netzwerk.partner.cooperation;

import de.netzwerk.infra.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Object mother: cooperations through the API, as a coordinator agrees, starts and ends them. */
final class Cooperations {

    static final String COOPERATIONS = "/api/v1/networks/{n}/cooperations";
    static final String COOPERATION = COOPERATIONS + "/{c}";

    private Cooperations() {
    }

    /** A valid body to start from: the parties with their contributions, in the order given. */
    static Map<String, Object> body(String purpose, LocalDate startsOn, LocalDate endsOn, String... partnerThenContribution) {
        List<Map<String, Object>> parties = new ArrayList<>();
        for (int i = 0; i < partnerThenContribution.length; i += 2) {
            parties.add(Map.of("partnerId", partnerThenContribution[i], "contribution", partnerThenContribution[i + 1]));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", purpose);
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("parties", parties);
        return body;
    }

    static ValidatableResponse create(String network, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .when().post(COOPERATIONS, network).then();
    }

    static String created(String network, Map<String, Object> body) {
        return create(network, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse changeStatus(String network, String cooperation, Map<String, Object> body) {
        String etag = given().auth().oauth2(DevTokens.coordinator(network)).when().get(COOPERATION, network, cooperation)
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(body)
                .when().put(COOPERATION + "/status", network, cooperation).then();
    }
}
