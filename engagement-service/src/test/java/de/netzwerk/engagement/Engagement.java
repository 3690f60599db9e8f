package de.netzwerk.engagement;

import de.netzwerk.infra.DevTokens;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** Reads engagement through the API as a coordinator's app would, waiting for asynchronous processing. */
public final class Engagement {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

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

    public static JsonPath await(String network, UUID partner, Predicate<JsonPath> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonPath engagement = of(network, partner);
        while (engagement == null || !condition.test(engagement)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Engagement of " + partner + " did not reach the expected state within "
                        + PATIENCE + "; last seen: " + (engagement == null ? "404" : engagement.prettify()));
            }
            Thread.sleep(100);
            engagement = of(network, partner);
        }
        return engagement;
    }

    /** Waits until no partner waits for an assessment (after a replay, say). */
    public static void awaitNoPendingAssessments() throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (given().auth().oauth2(DevTokens.operator()).when().get("/api/v1/engagement-replay")
                .then().statusCode(200).extract().<Integer>path("pendingAssessments") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("assessments still pending after " + PATIENCE);
            }
            Thread.sleep(100);
        }
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
