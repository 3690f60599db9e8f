package de.netzwerk.engagement.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.api.OpenApiDocument;
import de.netzwerk.infra.api.Tenant;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * engagement-service's HTTP conventions (issue 16, item 5), derived from its OpenAPI document so that a new list or
 * update operation is held to them without a new test: no list answers a bare JSON array (the page envelope carries
 * the Link headers), and every operation that requires If-Match answers 428 without it and 412 with a stale one,
 * changing nothing, and has a GET on its path answering the ETag to send.
 *
 * <p>Which changes require If-Match (README, engagement-service): those that change what a client read and may have
 * read stale — the policy, an alert's or case's follow-up, the decision on an objection. Exempt, each for its reason:
 * <ul>
 * <li>{@code PUT …/engagement/{partnerId}/pause} states a whole pause from its first day on: it does not edit a pause
 *     read before (sent twice, it is the same pause), and there is no pause resource to read an ETag from;</li>
 * <li>{@code DELETE …/engagement/{partnerId}/pause} ends whatever pause there is, from today: the same for any
 *     version;</li>
 * <li>{@code POST …/scoring-objection} records a new objection (409 while one stands), which then answers its
 *     ETag;</li>
 * <li>{@code POST …/engagement-policy/preview} changes nothing; its ETag names the version it compared with, for
 *     the change's If-Match;</li>
 * <li>{@code POST /api/v1/engagement-replay} is an operator's rebuild of derived state, not a resource.</li>
 * </ul>
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String N = "/api/v1/networks/{networkId}";

    /** The bodies the conditional changes are tried with; a new one fails the test until it has one here. */
    private static final Map<String, Function<Tenant, Object>> BODIES = Map.of(
            "PUT " + N + "/engagement-policy", EngagementApiFixture::policyInForce,
            "PATCH " + N + "/alerts/{alertId}", tenant -> Map.of("status", "ACKNOWLEDGED"),
            "PATCH " + N + "/alerts/cases/{caseId}", tenant -> Map.of("status", "ACKNOWLEDGED"),
            "PATCH " + N + "/engagement/{partnerId}/scoring-objection", tenant -> Map.of("status", "WITHDRAWN"));

    /** The objects a conditional change needs beyond the fixture's network, prepared for it. */
    private static final Map<String, Function<Tenant, Tenant>> OBJECTS = Map.of(
            "PATCH " + N + "/engagement/{partnerId}/scoring-objection",
            tenant -> EngagementApiFixture.objecting(EngagementApiFixture.freshPartner(tenant)));

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        String url = management.getProtocol() + "://" + management.getHost() + ":" + management.getPort()
                + OpenApiDocument.QUARKUS_PATH;
        String json = given().accept("application/json").when().get(url).then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void noOperationAnswersABareJsonArray() {
        List<String> bare = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode ok = operation.getValue().path("responses").path("200").path("content");
            ok.fields().forEachRemaining(media -> {
                JsonNode schema = resolve(media.getValue().path("schema"));
                // Only JSON bodies are held to the envelope; engagement-service answers no other.
                if (media.getKey().contains("json") && "array".equals(schema.path("type").asText())) {
                    bare.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }));
        assertEquals(List.of(), bare, "lists answer the page envelope (items, page, size, totalItems, totalPages)");
    }

    @Test
    void everyConditionalChangeRefusesAMissingOrStaleVersionAndChangesNothing() {
        List<String> conditional = conditionalOperations();
        assertFalse(conditional.isEmpty(), "the document declares no If-Match at all");
        Tenant network = EngagementApiFixture.create().a();
        for (String operation : conditional) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            assertTrue(document.path("paths").path(path).has("get"), operation + " has no GET to read its ETag from");
            assertNotNull(BODIES.get(operation), operation + " needs a body in HttpConventionsTest.BODIES");
            Tenant tenant = OBJECTS.getOrDefault(operation, Function.identity()).apply(network);
            String url = filled(path, tenant);
            Object body = BODIES.get(operation).apply(tenant);
            String before = etag(tenant, url);
            assertNotNull(before, "GET " + path + " answers no ETag");

            change(tenant, body).request(Method.valueOf(method), url)
                    .then().statusCode(428).contentType("application/problem+json").body("code", equalTo("version.required"));
            change(tenant, body).header("If-Match", "\"999999\"").request(Method.valueOf(method), url)
                    .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("version.stale.sent"));
            change(tenant, body).header("If-Match", "version 3").request(Method.valueOf(method), url)
                    .then().statusCode(400).contentType("application/problem+json");
            assertEquals(before, etag(tenant, url), operation + " changed what it refused to change");
        }
    }

    /** The operations whose If-Match header the document requires, as "METHOD path". */
    private List<String> conditionalOperations() {
        List<String> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if ("header".equals(resolved.path("in").asText()) && "If-Match".equalsIgnoreCase(resolved.path("name").asText())
                        && resolved.path("required").asBoolean()) {
                    found.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }));
        return found;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        return resolve(document.at(ref.substring(1)));
    }

    private static String filled(String path, Tenant tenant) {
        Matcher parameter = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            parameter.appendReplacement(url, "networkId".equals(name) ? tenant.networkId() : tenant.id(name));
        }
        return parameter.appendTail(url).toString();
    }

    private static String etag(Tenant tenant, String url) {
        return given().auth().oauth2(DevTokens.coordinator(tenant.networkId())).when().get(url)
                .then().statusCode(200).extract().header("ETag");
    }

    private static RequestSpecification change(Tenant tenant, Object body) {
        return given().auth().oauth2(DevTokens.coordinator(tenant.networkId())).contentType("application/json").body(body);
    }
}
