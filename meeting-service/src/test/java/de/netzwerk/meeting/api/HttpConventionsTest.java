package de.netzwerk.meeting.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP conventions of issue 16, item 5, read from the OpenAPI document meeting-service serves, so that a new list
 * answering a bare array, or a new change without {@code If-Match}, fails here without a new test:
 * <ul>
 * <li>no GET answers a JSON array: lists are pages ({@code items}, {@code Link} headers). Bodies that are not JSON are
 * not lists of a client's: the iCalendar feeds ({@code text/calendar}) are read whole by calendar apps;</li>
 * <li>every change of something a client has read declares {@code If-Match}, but for the exemptions below, each with
 * its reason; without it the change answers 428, with a stale one 412, and nothing changes;</li>
 * <li>whatever takes {@code If-Match} can be read with its {@code ETag}.</li>
 * </ul>
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String N = "/api/v1/networks/{networkId}";
    private static final String M = N + "/meetings/{meetingId}";

    /**
     * Changes that need no {@code If-Match}, and why: they create, append a fact, or replace only what the caller alone
     * states. Everything else that changes (PUT, PATCH, DELETE, POST below a resource) must declare it.
     */
    private static final Map<String, String> NO_IF_MATCH = Map.of(
            "POST " + N + "/meetings", "creates a meeting (answers its ETag)",
            "POST " + N + "/calendar-feeds", "creates a feed",
            "DELETE " + N + "/calendar-feeds/{feedId}", "revokes a secret link; a feed never changes, so no version "
                    + "of it can be stale",
            "POST " + M + "/invitations", "appends invitations for whoever is not invited yet; replaces nothing read",
            "PUT " + M + "/responses/{partnerId}", "an invitee's own answer (or a coordinator's on their behalf): it "
                    + "replaces only that invitee's earlier answer, and the latest answer is the one that counts",
            "PUT " + M + "/minutes/acknowledgements/{partnerId}", "records that one invitee read the minutes; it can "
                    + "only move earlier (later is 409), so no reading is lost",
            "PUT " + M + "/history", "an idempotent import of the past: it merges, and whatever contradicts what is "
                    + "stored is a 409 rather than an overwrite");

    /** Where If-Match is declared but not required, and why (the document says so too). */
    private static final Map<String, String> IF_MATCH_OPTIONAL = Map.of(
            "PUT " + M + "/minutes", "the first publication overwrites nothing; a correction needs it (428 without)");

    /**
     * For each operation taking If-Match: which of the tenant's meetings it changes and a body that would change it.
     * A new such operation fails the test until it is described here.
     */
    private static final Map<String, Change> CHANGES = Map.of(
            "PUT " + M, new Change("upcoming", ids -> Map.of("title", "AG Inklusion (verlegt)",
                    "startsAt", "2027-06-02T18:00:00+02:00", "endsAt", "2027-06-02T20:00:00+02:00")),
            "POST " + M + "/cancellation", new Change("toCancel", ids -> Map.of("reason", "Zu wenige Zusagen")),
            "PUT " + M + "/attendance", new Change("held", ids -> Map.of("entries",
                    List.of(Map.of("partnerId", ids.get("partner"), "status", "PRESENT")))),
            "PUT " + M + "/minutes", new Change("held", ids -> Map.of("text", "Beschlüsse, korrigiert")));

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final String network = Meetings.freshNetwork();
    private final Map<String, String> ids = new HashMap<>();
    private JsonNode document;

    @BeforeEach
    void readDocumentAndPrepareTheNetwork() throws IOException {
        String json = given().accept("application/json")
                .when().get("http://" + management.getHost() + ":" + management.getPort() + "/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
        String group = Replicated.group(network);
        String partner = Replicated.partner(network);
        String held = Meetings.pastMeetingInviting(network, group, 1, partner);
        Meetings.record(network, held, partner, "ABSENT");
        coordinator().body(Map.of("text", "Beschlüsse")).when().put(M + "/minutes", network, held).then().statusCode(200);
        ids.putAll(Map.of("partner", partner, "held", held, "upcoming", Meetings.futureMeeting(network, group, 14),
                "toCancel", Meetings.futureMeeting(network, group, 21)));
    }

    @Test
    void noListAnswersABareJsonArray() {
        List<String> arrays = new ArrayList<>();
        operations().forEach((key, operation) -> {
            if (key.startsWith("GET ")) {
                operation.path("responses").path("200").path("content").fields().forEachRemaining(content -> {
                    if (isJson(content.getKey()) && "array".equals(resolve(content.getValue().path("schema")).path("type").asText())) {
                        arrays.add(key + " (" + content.getKey() + ")");
                    }
                });
            }
        });
        assertEquals(List.of(), arrays, "a list answers the page envelope {items, page, size, totalItems, totalPages}");
    }

    @Test
    void everyChangeDeclaresIfMatchUnlessExemptWithAReason() {
        Set<String> undeclared = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        operations().forEach((key, operation) -> {
            if (!isChange(key)) {
                return;
            }
            JsonNode ifMatch = ifMatch(operation);
            if (ifMatch == null && !NO_IF_MATCH.containsKey(key)) {
                undeclared.add(key);
            }
            if (ifMatch != null && !ifMatch.path("required").asBoolean(false)) {
                optional.add(key);
            }
        });
        assertEquals(Set.of(), undeclared, "changes without If-Match and without a reason in NO_IF_MATCH");
        assertEquals(new TreeSet<>(IF_MATCH_OPTIONAL.keySet()), optional, "If-Match declared but not required");
        assertTrue(operations().keySet().containsAll(NO_IF_MATCH.keySet()), "an exemption names an operation that is gone");
    }

    @Test
    void aChangeWithoutIfMatchIs428WithAStaleOne412AndNeitherChangesAnything() {
        Map<String, JsonNode> withIfMatch = operationsWithIfMatch();
        assertEquals(new TreeSet<>(CHANGES.keySet()), new TreeSet<>(withIfMatch.keySet()),
                "every operation taking If-Match is described in CHANGES");
        withIfMatch.keySet().forEach(key -> {
            Change change = CHANGES.get(key);
            String resource = resourceOf(key);
            Response before = read(resource, change);
            String etag = before.header("ETag");

            send(key, change, null).then().statusCode(428).contentType("application/problem+json")
                    .body("code", equalTo("version.required"));
            send(key, change, "\"999999\"").then().statusCode(412).contentType("application/problem+json")
                    .body("code", equalTo("version.stale.sent"));
            send(key, change, "no tag").then().statusCode(400).contentType("application/problem+json");

            Response after = read(resource, change);
            assertEquals(etag, after.header("ETag"), key + ": refused, yet the ETag changed");
            assertEquals(before.body().asString(), after.body().asString(), key + ": refused, yet the resource changed");
        });
    }

    @Test
    void aChangeWithTheETagReadSucceedsAndAnswersTheNewOne() {
        operationsWithIfMatch().keySet().forEach(key -> {
            Change change = CHANGES.get(key);
            String resource = resourceOf(key);
            String etag = read(resource, change).header("ETag");

            String answered = send(key, change, etag).then().statusCode(200).extract().header("ETag");

            assertNotEquals(etag, answered, key + ": a change answers a new ETag");
            assertEquals(answered, read(resource, change).header("ETag"), key + ": the ETag answered is the one read next");
        });
    }

    @Test
    void whateverTakesIfMatchCanBeReadWithItsETag() {
        operationsWithIfMatch().keySet().forEach(key -> {
            String resource = resourceOf(key);
            assertTrue(operations().containsKey("GET " + resource), key + ": no GET of " + resource);
            String etag = read(resource, CHANGES.get(key)).then().statusCode(200).extract().header("ETag");
            assertNotNull(etag, "GET " + resource + " answers no ETag");
            assertTrue(etag.matches("\"\\d+\""), "GET " + resource + " answers the ETag " + etag);
        });
    }

    /**
     * The resource an operation changes: its own path when it can be read there, else the path above it (a state
     * change such as {@code …/cancellation} changes the meeting).
     */
    private String resourceOf(String key) {
        String path = key.substring(key.indexOf(' ') + 1);
        return operations().containsKey("GET " + path) ? path : path.substring(0, path.lastIndexOf('/'));
    }

    private Response read(String resource, Change change) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(resource, network, ids.get(change.meeting()));
    }

    private Response send(String key, Change change, String ifMatch) {
        RequestSpecification request = coordinator().body(change.body().apply(ids));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        String method = key.substring(0, key.indexOf(' '));
        return request.when().request(method, key.substring(method.length() + 1), network, ids.get(change.meeting()));
    }

    private RequestSpecification coordinator() {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.coordinator(network));
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private Map<String, JsonNode> operationsWithIfMatch() {
        Map<String, JsonNode> found = new HashMap<>();
        operations().forEach((key, operation) -> {
            if (ifMatch(operation) != null) {
                found.put(key, operation);
            }
        });
        return found;
    }

    /** Creating POSTs to a collection and reads are not changes of something read. */
    private boolean isChange(String key) {
        return !key.startsWith("GET ") && !(key.startsWith("POST ") && !key.matches("POST .*\\{\\w+}/.*"));
    }

    private JsonNode ifMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("header".equals(resolved.path("in").asText()) && "If-Match".equalsIgnoreCase(resolved.path("name").asText())) {
                return resolved;
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.path("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** The meeting an operation changes ({@code held}, {@code upcoming}, {@code toCancel}) and a body that changes it. */
    private record Change(String meeting, Function<Map<String, String>, Object> body) {
    }
}
