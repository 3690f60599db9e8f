package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** A service's OpenAPI 3 document, read as JSON, its operations listed with their schemas resolved. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final int MAX_REFERENCE_DEPTH = 20;

    private final JsonNode root;
    private final List<ApiOperation> operations;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        this.operations = readOperations();
    }

    /** The path at which Quarkus serves the document as JSON. */
    public static final String QUARKUS_PATH = "/q/openapi?format=json";

    /**
     * Reads the document a service serves on the server of {@code server} (only its protocol, host and port are
     * used), e.g. the management interface's URL a test is given by {@code @TestHTTPResource(management = true)}.
     */
    public static OpenApiDocument fetch(URL server, String path) {
        return fetch(server.getProtocol() + "://" + server.getHost() + ":" + server.getPort() + path);
    }

    /** Reads the document at an absolute URL, or at a path relative to RestAssured's base URL and port. */
    public static OpenApiDocument fetch(String url) {
        String json = given().accept("application/json").when().get(url)
                .then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static OpenApiDocument parse(String json) {
        return new OpenApiDocument(Json.parse(json));
    }

    /** Every operation, sorted by path and method. */
    public List<ApiOperation> operations() {
        return operations;
    }

    private List<ApiOperation> readOperations() {
        List<ApiOperation> found = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            item.fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    found.add(operation(path.getKey(), entry.getKey().toUpperCase(Locale.ROOT), item, entry.getValue()));
                }
            });
        });
        found.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return List.copyOf(found);
    }

    private ApiOperation operation(String path, String method, JsonNode item, JsonNode operation) {
        List<ApiParameter> parameters = new ArrayList<>();
        for (JsonNode declaredParameters : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode declared : declaredParameters) {
                JsonNode parameter = resolve(declared);
                parameters.removeIf(known -> known.name().equals(parameter.path("name").asText())
                        && known.in().equals(parameter.path("in").asText()));
                parameters.add(new ApiParameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), resolve(parameter.path("schema")),
                        parameter.get("example")));
            }
        }
        JsonNode body = resolve(operation.path("requestBody"));
        JsonNode bodySchema = null;
        for (Iterator<Map.Entry<String, JsonNode>> media = body.path("content").fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = media.next();
            if (entry.getKey().contains("json")) {
                bodySchema = resolve(entry.getValue().path("schema"));
            }
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.elements().forEachRemaining(scopes -> scopes.forEach(scope -> roles.add(scope.asText())));
        }
        return new ApiOperation(method, path, List.copyOf(parameters), bodySchema,
                body.path("required").asBoolean(false), List.copyOf(roles));
    }

    /**
     * The schema with its {@code $ref} followed; keywords beside the {@code $ref} (an example, a description) win
     * over the referenced schema's. Nested schemas stay as they are: resolve them when you descend.
     */
    JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        if (depth > MAX_REFERENCE_DEPTH) {
            throw new IllegalStateException("$ref chain too deep at " + schema);
        }
        String reference = schema.get("$ref").asText();
        if (!reference.startsWith("#/")) {
            throw new IllegalStateException("Only local $refs are supported: " + reference);
        }
        JsonNode target = root.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("Unresolvable $ref " + reference);
        }
        ObjectNode merged = resolve(target, depth + 1).deepCopy();
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }
}
