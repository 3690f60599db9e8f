package de.netzwerk.partner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.api.OpenApiDocument;
import de.netzwerk.infra.api.Tenant;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The HTTP conventions of issue 16, item 5, proven for every operation partner-service's OpenAPI document has: no list
 * answers a bare JSON array (each answers the page envelope, whose {@code Link} headers PageLinks adds), every change
 * of something a client read names the version it read in a required {@code If-Match} (428 without it, 412 when
 * stale, and nothing changes either way), and every such resource answers its {@code ETag} on GET. The operations are
 * read from the document, so a new list answering an array, or a new change without If-Match, fails here.
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String N = "/api/v1/networks/{networkId}";

    /**
     * The changes that take no required If-Match, each with the reason. The rule: If-Match guards replacing what a
     * client read; creating into a collection, appending a fact, a one-way step that repeating changes nothing, and a
     * right the caller exercises (erasure) replace nothing the caller could have read stale.
     */
    private static final Map<String, String> WITHOUT_IF_MATCH = Map.of(
            "POST " + N + "/partners/{partnerId}/contacts", "appends an entry to the contact log, which cannot be changed",
            "POST " + N + "/groups/{groupId}/members", "enters past memberships in bulk: creates history, and sending "
                    + "the same list again changes nothing",
            "PUT " + N + "/groups/{groupId}/members/{partnerId}", "creates the membership when the partner joins (there is "
                    + "no version to have read); changing a current one requires If-Match (428 without it, see "
                    + "membershipChangesNeedTheVersionJoiningDoesNot)",
            "DELETE " + N + "/groups/{groupId}/members/{partnerId}", "ends the membership today, one way: ending it "
                    + "depends on no field a client read",
            "POST " + N + "/groups/{groupId}/to-welcome/{partnerId}/introductory-talk", "records that the talk was held, "
                    + "one way: recording it again changes nothing",
            "DELETE " + N + "/partners/{partnerId}/personal-data", "erasure is the partner's right (GDPR Art. 17), "
                    + "not an edit of something read",
            "POST " + N + "/signups/{signupId}/entries", "appends an entry; the same person again answers their entry");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** The management interface, which serves the OpenAPI document. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private JsonNode document;
    private List<Operation> operations;

    @BeforeEach
    void readTheDocument() throws Exception {
        String json = given().accept("application/json")
                .when().get(management.getProtocol() + "://" + management.getHost() + ":" + management.getPort()
                        + OpenApiDocument.QUARKUS_PATH)
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
        operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "patch", "delete").contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }));
    }

    @Test
    void noListAnswersABareArray() {
        List<String> arrays = new ArrayList<>();
        for (Operation operation : operations) {
            for (String status : List.of("200", "201")) {
                operation.json.path("responses").path(status).path("content").fields().forEachRemaining(media -> {
                    if (media.getKey().contains("json") && "array".equals(resolve(media.getValue().path("schema")).path("type").asText())) {
                        arrays.add(operation.key() + " " + status);
                    }
                });
            }
        }
        assertThat("operations answering a bare JSON array instead of the page envelope", arrays, empty());
    }

    @Test
    void everyChangeOfAReadResourceRequiresIfMatch() {
        List<String> missing = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.changesWhatWasRead() && !WITHOUT_IF_MATCH.containsKey(operation.key()) && !operation.requiresIfMatch()) {
                missing.add(operation.key());
            }
        }
        assertThat("changes without a required If-Match (or a reason in WITHOUT_IF_MATCH)", missing, empty());
        List<String> stale = WITHOUT_IF_MATCH.keySet().stream()
                .filter(key -> operations.stream().noneMatch(operation -> operation.key().equals(key))).toList();
        assertThat("exemptions of operations the document no longer has", stale, empty());
    }

    @Test
    void withoutOrWithAStaleIfMatchAChangeIsRefusedAndChangesNothing() {
        Tenant tenant = PartnerApiFixture.create().a();
        List<Operation> versioned = operations.stream().filter(Operation::requiresIfMatch).toList();
        assertThat("versioned changes in the document", versioned.size(), greaterThanOrEqualTo(9));
        for (Operation operation : versioned) {
            String read = readPath(operation).orElseThrow(() -> new AssertionError("no GET reads " + operation.key()))
                    .path(tenant);
            String before = etagAt(tenant, read);
            assertThat("ETag of " + read + " before " + operation.key(), before, notNullValue());

            call(operation, tenant, null).then().statusCode(428).contentType("application/problem+json")
                    .body("code", equalTo("version.required"));
            call(operation, tenant, "\"999999\"").then().statusCode(412).contentType("application/problem+json")
                    .body("code", equalTo("version.stale.sent"));

            assertThat("ETag of " + read + " after the refused " + operation.key(), etagAt(tenant, read), equalTo(before));
        }
    }

    @Test
    void everyVersionedResourceAnswersItsETag() {
        Tenant tenant = PartnerApiFixture.create().a();
        List<String> withoutETag = new ArrayList<>();
        for (Operation operation : operations.stream().filter(Operation::requiresIfMatch).toList()) {
            var read = readPath(operation);
            if (read.isEmpty() || etagAt(tenant, read.get().path(tenant)) == null) {
                withoutETag.add(operation.key());
            }
        }
        assertThat("versioned changes without a GET answering the ETag to send", withoutETag, empty());
    }

    /**
     * The GET that reads what the operation changes: on the same path, or for a step of a resource (…/status,
     * …/withdrawal) the resource itself.
     */
    private Optional<ReadPath> readPath(Operation operation) {
        String path = operation.path;
        while (path.contains("/")) {
            if (document.path("paths").path(path).has("get")) {
                return Optional.of(new ReadPath(path));
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.startsWith("{")) {
                return Optional.empty();
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return Optional.empty();
    }

    private Response call(Operation operation, Tenant tenant, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(DevTokens.coordinator(tenant.networkId()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        Function<Tenant, Object> body = PartnerApiFixture.CHANGE_BODIES.get(operation.key());
        if (body != null) {
            request.contentType(ContentType.JSON).body(body.apply(tenant));
        } else {
            assertFalse(operation.json.has("requestBody"), "a body for " + operation.key() + " in PartnerApiFixture.CHANGE_BODIES");
        }
        return request.when().request(operation.method, operation.path(tenant));
    }

    private static String etagAt(Tenant tenant, String path) {
        return given().auth().oauth2(DevTokens.coordinator(tenant.networkId())).when().get(path)
                .then().statusCode(200).extract().header("ETag");
    }

    private JsonNode resolve(JsonNode schema) {
        Set<String> seen = new HashSet<>();
        while (schema.has("$ref") && seen.add(schema.get("$ref").asText())) {
            schema = document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private static String fill(String template, Tenant tenant) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            parameter.appendReplacement(path, "networkId".equals(name) ? tenant.networkId() : tenant.id(name));
        }
        return parameter.appendTail(path).toString();
    }

    private record ReadPath(String template) {

        String path(Tenant tenant) {
            return fill(template, tenant);
        }
    }

    private record Operation(String method, String path, JsonNode json) {

        String key() {
            return method + " " + path;
        }

        String path(Tenant tenant) {
            return fill(path, tenant);
        }

        /** PUT, PATCH and DELETE change a resource; a POST below one ({…}/…) changes it or adds to it. */
        boolean changesWhatWasRead() {
            return switch (method) {
                case "PUT", "PATCH", "DELETE" -> true;
                case "POST" -> path.indexOf('{', path.indexOf("{networkId}") + 1) >= 0;
                default -> false;
            };
        }

        boolean requiresIfMatch() {
            for (JsonNode parameter : json.path("parameters")) {
                if ("header".equals(parameter.path("in").asText()) && "If-Match".equalsIgnoreCase(parameter.path("name").asText())
                        && parameter.path("required").asBoolean(false)) {
                    return true;
                }
            }
            return false;
        }
    }
}
