package de.netzwerk.task.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.api.ApiOperation;
import de.netzwerk.infra.api.OpenApiDocument;
import de.netzwerk.infra.api.Tenant;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * task-service's HTTP conventions (issue 16, item 5), derived from the OpenAPI document it serves, so that a new list
 * answering a bare array, or a new change of a resource without If-Match, fails here:
 * <ul>
 *   <li>no GET answers a JSON array: every list is the page envelope;</li>
 *   <li>every change of an existing resource (PUT, PATCH, DELETE, or a POST on a path ending in an id) declares a
 *       required If-Match, unless listed below with its reason;</li>
 *   <li>each such change, sent without If-Match, answers 428 {@code version.required}, sent with a version that is not
 *       the stored one 412 {@code version.stale.sent}, and changes nothing: the resource reads the same, same ETag;</li>
 *   <li>the path of each such change has a GET that documents and answers an ETag.</li>
 * </ul>
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String N = "/api/v1/networks/{networkId}";

    /** GETs whose 200 is not JSON (a calendar, a CSV file) and so cannot be a page. task-service has none. */
    private static final Map<String, String> NOT_JSON = Map.of();

    /**
     * Changes that need no If-Match, each with its reason. The rule: a change replaces what a client read, so it names
     * the version read; an operation that only appends a fact (an answer, an acknowledgement) replaces nothing.
     * task-service has no such operation: everything about a task changes through its PATCH. Creating (POST to a
     * collection) needs none by the rule below.
     */
    private static final Map<String, String> NOT_VERSIONED = Map.of();

    /** A body that would change the fixture's object, for each versioned change: so "nothing changed" means something. */
    private static final Map<String, Map<String, Object>> A_CHANGE = Map.of(
            "PATCH " + N + "/tasks/{taskId}", Map.of("title", "Geändert ohne gelesene Version", "status", "IN_PROGRESS"));

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void noListAnswersABareArray() {
        JsonNode document = rawDocument();
        List<String> bare = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            JsonNode ok = path.getValue().path("get").path("responses").path("200");
            if (ok.isMissingNode() || NOT_JSON.containsKey("GET " + path.getKey())) {
                return;
            }
            JsonNode schema = resolve(document, ok.path("content").path("application/json").path("schema"));
            if (schema.isMissingNode()) {
                bare.add("GET " + path.getKey() + " (no JSON body: list it in NOT_JSON with the reason)");
            } else if (isArray(schema)) {
                bare.add("GET " + path.getKey());
            }
        });
        assertEquals(List.of(), bare, "lists answering a bare JSON array instead of a Page");
    }

    @Test
    void everyChangeOfAnExistingResourceRequiresIfMatch() {
        List<String> unversioned = new ArrayList<>();
        for (ApiOperation operation : document().operations()) {
            if (changesExisting(operation) && !NOT_VERSIONED.containsKey(operation.key()) && !requiresIfMatch(operation)) {
                unversioned.add(operation.key());
            }
        }
        assertEquals(List.of(), unversioned, "changes without a required If-Match (or a reason in NOT_VERSIONED)");
    }

    @Test
    void aChangeWithoutIfMatchOrWithAStaleOneIsRefusedAndChangesNothing() {
        Tenant tenant = TaskApiFixture.create().a();
        List<ApiOperation> versioned = document().operations().stream()
                .filter(HttpConventionsTest::requiresIfMatch).toList();
        assertFalse(versioned.isEmpty(), "the document declares no If-Match at all");

        for (ApiOperation operation : versioned) {
            String path = concrete(operation.path(), tenant);
            Map<String, Object> change = A_CHANGE.get(operation.key());
            assertNotNull(change, operation + ": say in A_CHANGE what a change of it is");
            Response before = read(path, tenant);

            call(operation, path, tenant, change, null).then()
                    .statusCode(428).contentType("application/problem+json").body("code", equalTo("version.required"));
            call(operation, path, tenant, change, "\"999999\"").then()
                    .statusCode(412).contentType("application/problem+json").body("code", equalTo("version.stale.sent"));

            Response after = read(path, tenant);
            assertEquals(before.header("ETag"), after.header("ETag"), operation + " changed the version");
            assertEquals(before.jsonPath().getMap(""), after.jsonPath().getMap(""), operation + " changed the resource");
        }
    }

    @Test
    void theResourceOfEveryVersionedChangeIsReadWithAnETag() {
        JsonNode document = rawDocument();
        Tenant tenant = TaskApiFixture.create().a();
        for (ApiOperation operation : document().operations()) {
            if (!requiresIfMatch(operation)) {
                continue;
            }
            JsonNode get = document.path("paths").path(operation.path()).path("get");
            assertFalse(get.isMissingNode(), operation + ": no GET on its path to read the ETag from");
            assertTrue(get.path("responses").path("200").path("headers").has("ETag"),
                    "GET " + operation.path() + " does not document its ETag");
            assertNotNull(read(concrete(operation.path(), tenant), tenant).header("ETag"),
                    "GET " + operation.path() + " answers no ETag");
        }
    }

    /** PUT, PATCH and DELETE, and a POST on a path ending in an id (a state change such as a cancel); not a create. */
    private static boolean changesExisting(ApiOperation operation) {
        return switch (operation.method()) {
            case "PUT", "PATCH", "DELETE" -> true;
            case "POST" -> operation.path().endsWith("}");
            default -> false;
        };
    }

    private static boolean requiresIfMatch(ApiOperation operation) {
        return operation.parameters().stream().anyMatch(parameter -> parameter.in().equals("header")
                && parameter.name().equalsIgnoreCase("If-Match") && parameter.required());
    }

    private static Response read(String path, Tenant tenant) {
        Response response = given().auth().oauth2(DevTokens.coordinator(tenant.networkId())).when().get(path);
        response.then().statusCode(200);
        return response;
    }

    private static Response call(ApiOperation operation, String path, Tenant tenant, Object body, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(DevTokens.coordinator(tenant.networkId()))
                .contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().request(operation.method(), path);
    }

    /** The path with the network and each object named by the fixture's ids, e.g. {@code {taskId}} by its task. */
    private static String concrete(String template, Tenant tenant) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            parameter.appendReplacement(path, name.equals("networkId") ? tenant.networkId() : tenant.id(name));
        }
        return parameter.appendTail(path).toString();
    }

    private OpenApiDocument document() {
        return OpenApiDocument.fetch(management, OpenApiDocument.QUARKUS_PATH);
    }

    /** The document as JSON, for what {@link OpenApiDocument} does not model: responses and their headers. */
    private JsonNode rawDocument() {
        String json = given().accept("application/json")
                .when().get(management.getProtocol() + "://" + management.getHost() + ":" + management.getPort()
                        + OpenApiDocument.QUARKUS_PATH)
                .then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception unreadable) {
            throw new AssertionError("The OpenAPI document is no JSON", unreadable);
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    /** An array schema, also one that may be null ({@code "type": ["array", "null"]}). */
    private static boolean isArray(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (each.asText().equals("array")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals("array") || schema.has("items") && !schema.has("properties");
    }
}
