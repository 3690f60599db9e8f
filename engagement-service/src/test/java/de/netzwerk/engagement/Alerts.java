package de.netzwerk.engagement;

import de.netzwerk.infra.DevTokens;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads alerts through the API, as a coordinator's app would, waiting for asynchronous processing. */
public final class Alerts {

    private static final Duration POLL = Duration.ofMillis(100);

    private Alerts() {
    }

    /** The partner's alerts, or every alert of the network when {@code partner} is null. */
    public static List<Map<String, Object>> of(String network, UUID partner) {
        var request = given().auth().oauth2(DevTokens.coordinator(network));
        if (partner != null) {
            request = request.queryParam("partnerId", partner.toString());
        }
        JsonPath page = request
                .when().get("/api/v1/networks/{n}/alerts", network)
                .then().statusCode(200)
                .extract().jsonPath();
        return page.getList("items");
    }

    /** The partner's (or, for null, the network's) alerts once they satisfy {@code condition}; fails after {@code timeout}. */
    public static List<Map<String, Object>> awaitFor(String network, UUID partner,
            Predicate<List<Map<String, Object>>> condition, Duration timeout) throws InterruptedException {
        return await("alerts of " + (partner == null ? "network " + network : partner)).atMost(timeout)
                .pollInterval(POLL).until(() -> of(network, partner), condition);
    }

    /** The alert's ETag as its network's coordinator reads it: the If-Match of a follow-up based on what is stored. */
    public static String etag(String network, Object alertId) {
        return given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/alerts/{a}", network, alertId)
                .then().statusCode(200).extract().header("ETag");
    }

    /** The case's ETag, likewise. */
    public static String caseEtag(String network, Object caseId) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts/cases/{c}", network, caseId)
                .then().statusCode(200).extract().header("ETag");
    }

    /** The ETag of the partner's latest objection to scoring, likewise. */
    public static String objectionEtag(String network, Object partnerId) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement/{p}/scoring-objection", network, partnerId)
                .then().statusCode(200).extract().header("ETag");
    }

    @SuppressWarnings("unchecked")
    public static List<String> evidenceIds(Map<String, Object> alert) {
        return ((List<Map<String, Object>>) alert.get("evidence")).stream().map(item -> (String) item.get("id")).toList();
    }
}
