package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds valid calls of an operation for a tenant, from the document and the fixture: path ids from the
 * tenant's objects, the body from the fixture or the schema, required query and header parameters from the
 * fixture or their examples.
 */
final class Calls {

    private final ApiFixture fixture;
    private final Examples examples;

    Calls(OpenApiDocument document, ApiFixture fixture) {
        this.fixture = fixture;
        this.examples = new Examples(document, fixture);
    }

    Examples examples() {
        return examples;
    }

    /** The tenant with the objects the fixture prepares for this operation: use it for one call only. */
    Tenant prepare(ApiOperation operation, Tenant tenant) {
        return fixture.prepare(operation, tenant);
    }

    /** A valid call by the role, everything taken from the (prepared) tenant. */
    ApiCall valid(ApiOperation operation, Tenant tenant, Role role) {
        JsonNode body = body(operation, tenant);
        return new ApiCall(operation.method(), path(operation, tenant, Map.of()), query(operation, tenant),
                headers(operation, tenant), tenant.token(role), ApiCall.JSON,
                body == null ? null : Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The path with the tenant's network and objects, except the parameters given in {@code replaced} (raw values). */
    String path(ApiOperation operation, Tenant tenant, Map<String, String> replaced) {
        String path = operation.path();
        for (ApiParameter parameter : operation.pathParameters()) {
            String value = replaced.containsKey(parameter.name()) ? replaced.get(parameter.name()) : pathValue(parameter, tenant);
            path = path.replace("{" + parameter.name() + "}", PercentEncoding.encode(value));
        }
        return path;
    }

    String pathValue(ApiParameter parameter, Tenant tenant) {
        if (parameter.isNetwork()) {
            return tenant.networkId();
        }
        return tenant.id(fixture.kindOf(parameter.name(), tenant));
    }

    /** The fixture's body for the operation, or one built from its schema; null if it takes none. */
    JsonNode body(ApiOperation operation, Tenant tenant) {
        var given = fixture.body(operation, tenant);
        if (given.isPresent()) {
            return Json.tree(given.get());
        }
        if (operation.requestBody() == null) {
            return null;
        }
        try {
            return examples.of(operation.requestBody(), "body", tenant);
        } catch (CannotBuildCall e) {
            throw new CannotBuildCall("no body for it (give one in the fixture): " + e.getMessage());
        }
    }

    private Map<String, String> query(ApiOperation operation, Tenant tenant) {
        Map<String, String> query = new HashMap<>(fixture.queries(operation, tenant));
        for (ApiParameter parameter : operation.queryParameters()) {
            if (parameter.required() && !query.containsKey(parameter.name())) {
                query.put(parameter.name(), text(parameterExample(parameter, tenant)));
            }
        }
        return query;
    }

    private Map<String, String> headers(ApiOperation operation, Tenant tenant) {
        Map<String, String> headers = new LinkedHashMap<>(fixture.headers(operation, tenant));
        for (ApiParameter parameter : operation.headerParameters()) {
            if (parameter.required() && !headers.containsKey(parameter.name())) {
                throw new CannotBuildCall("the required header " + parameter.name() + " is not given by the fixture");
            }
        }
        return headers;
    }

    private JsonNode parameterExample(ApiParameter parameter, Tenant tenant) {
        return parameter.example() != null ? parameter.example() : examples.of(parameter.schema(), parameter.name(), tenant);
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : Json.write(value);
    }
}
