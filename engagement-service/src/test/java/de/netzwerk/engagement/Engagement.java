package de.netzwerk.engagement;

import de.netzwerk.infra.DevTokens;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** Reads engagement through the API as a coordinator's app would, waiting for asynchronous processing. */
public final class Engagement {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private Engagement() {
    }

    /** GET …/engagement/{p}; null while nothing is known of the partner (404). */
    public static JsonPath of(String network, UUID partner) {
        var response = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement/{p}", network, partner);
        if (response.statusCode() == 404) {
            return null;
        }
        return response.then().statusCode(200).extract().jsonPath();
    }

    /** The partner's engagement once it satisfies {@code condition}; fails after {@link #PATIENCE}. */
    public static JsonPath await(String network, UUID partner, Predicate<JsonPath> condition)
            throws InterruptedException {
        return Awaitility.await("engagement of " + partner).atMost(PATIENCE).pollInterval(POLL)
                .until(() -> of(network, partner), found -> found != null && condition.test(found));
    }

    /** Waits until no partner waits for an assessment (after a replay, say). */
    public static void awaitNoPendingAssessments() throws InterruptedException {
        Awaitility.await("no pending assessments").atMost(PATIENCE).pollInterval(POLL)
                .until(() -> given().auth().oauth2(DevTokens.operator()).when().get("/api/v1/engagement-replay")
                        .then().statusCode(200).extract().<Integer>path("pendingAssessments"), pending -> pending == 0);
    }

    /** The ledger entry whose reference is the given meeting or task. */
    public static Map<String, Object> entryFor(JsonPath engagement, UUID reference) {
        List<Map<String, Object>> ledger = engagement.getList("ledger");
        return ledger.stream().filter(entry -> reference.toString().equals(entry.get("referenceId"))).findFirst()
                .orElseThrow(() -> new AssertionError("No ledger entry for " + reference + " in " + ledger));
    }

    public static int ledgerSum(JsonPath engagement) {
        List<Integer> points = engagement.getList("ledger.points", Integer.class);
        return points.stream().mapToInt(Integer::intValue).sum();
    }
}
