package de.netzwerk.infra.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static de.netzwerk.infra.api.Expectation.NO_SERVER_ERROR;
import static de.netzwerk.infra.api.Expectation.REFUSED;

/**
 * The hostile variants of one valid call: each changes one thing, a path segment, a query parameter, a header,
 * a body field, or the body's JSON as a whole, so that a finding names exactly what the service mishandled.
 */
final class FuzzCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int OVER_BODY_LIMIT = 300 * 1024;
    /** Long, but within the HTTP server's limit for a request line, so that the application answers. */
    private static final int LONG_QUERY = 3_000;
    private static final int LONG_PATH_SEGMENT = 300;

    private final OpenApiDocument document;
    private final HostileValues hostile;
    private final FieldMutations mutations;
    private final List<FuzzCase> cases = new ArrayList<>();

    private FuzzCases(OpenApiDocument document, HostileValues hostile) {
        this.document = document;
        this.hostile = hostile;
        this.mutations = new FieldMutations(document, hostile);
    }

    /** The variants of the valid call of the operation by the caller, with the (prepared) tenant's objects. */
    static List<FuzzCase> of(ApiOperation operation, Tenant tenant, Role caller, Calls calls, OpenApiDocument document,
            HostileValues hostile) {
        ApiCall valid = calls.valid(operation, tenant, caller);
        JsonNode body = calls.body(operation, tenant);
        Map<String, String> raw = new HashMap<>();
        operation.pathParameters().forEach(parameter -> raw.put(parameter.name(), calls.pathValue(parameter, tenant)));
        FuzzCases generated = new FuzzCases(document, hostile);
        generated.path(operation, valid, raw, calls, tenant);
        generated.query(operation, valid);
        generated.headers(operation, valid);
        if (operation.requestBody() != null && body != null) {
            generated.bodyFields(operation.requestBody(), body, valid);
            generated.bodyAsAWhole(operation, body, valid);
        }
        return generated.cases;
    }

    // ---- path -------------------------------------------------------------------------------------------------

    private void path(ApiOperation operation, ApiCall valid, Map<String, String> raw, Calls calls, Tenant tenant) {
        for (ApiParameter parameter : operation.pathParameters()) {
            List<String> values = new ArrayList<>(List.of(
                    hostile.withNul(), hostile.withLoneSurrogate(), hostile.huge(LONG_PATH_SEGMENT).substring(0, LONG_PATH_SEGMENT), "..", "abc"));
            if (parameter.isUuid()) {
                values.add(hostile.randomUuid().toString());
            } else {
                values.add(raw.get(parameter.name()) + "\u0000");
            }
            for (String value : values) {
                Map<String, String> replaced = new HashMap<>(raw);
                replaced.put(parameter.name(), value);
                add("path " + parameter.name() + "=" + HostileValues.shown(value),
                        valid.withPath(calls.path(operation, tenant, replaced)), NO_SERVER_ERROR);
            }
        }
    }

    // ---- query ------------------------------------------------------------------------------------------------

    private void query(ApiOperation operation, ApiCall valid) {
        for (ApiParameter parameter : operation.queryParameters()) {
            String name = parameter.name();
            JsonNode schema = parameter.schema();
            String type = Schemas.type(schema);
            if (name.equals("page")) {
                query(valid, name, "2147483647", NO_SERVER_ERROR);
                query(valid, name, "abc", REFUSED);
                query(valid, name, "-1", REFUSED);
                query(valid, name, "99999999999", REFUSED);
            } else if (name.equals("size")) {
                query(valid, name, "-1", REFUSED);
                query(valid, name, "100000", REFUSED);
                query(valid, name, "2147483647", REFUSED);
                query(valid, name, "abc", REFUSED);
            } else if (type.equals("integer") || type.equals("number")) {
                query(valid, name, "2147483647", NO_SERVER_ERROR);
                query(valid, name, "-2147483648", NO_SERVER_ERROR);
                query(valid, name, "abc", REFUSED);
                query(valid, name, "99999999999999999999", REFUSED);
            } else if (Schemas.isUuid(schema)) {
                query(valid, name, hostile.randomUuid().toString(), NO_SERVER_ERROR);
                query(valid, name, "abc", REFUSED);
                query(valid, name, hostile.withNul(), NO_SERVER_ERROR);
            } else if (Schemas.isDateTime(schema) || Schemas.isDate(schema)) {
                List<String> absurd = Schemas.isDate(schema) ? HostileValues.ABSURD_DATES : HostileValues.ABSURD_DATE_TIMES;
                absurd.forEach(value -> query(valid, name, value, NO_SERVER_ERROR));
                query(valid, name, Schemas.isDate(schema) ? hostile.farDate() : hostile.farDateTime(), NO_SERVER_ERROR);
                query(valid, name, "abc", REFUSED);
            } else if (schema.has("enum")) {
                query(valid, name, "NOT_A_VALUE", REFUSED);
                query(valid, name, hostile.withNul(), NO_SERVER_ERROR);
            } else if (type.equals("boolean")) {
                query(valid, name, "maybe", NO_SERVER_ERROR);
            } else {
                query(valid, name, hostile.withNul(), NO_SERVER_ERROR);
                query(valid, name, hostile.withLoneSurrogate(), NO_SERVER_ERROR);
                query(valid, name, hostile.anyText(), NO_SERVER_ERROR);
                query(valid, name, "x".repeat(LONG_QUERY), NO_SERVER_ERROR);
                if (showsPeriod(parameter)) {
                    HostileValues.ABSURD_PERIODS.forEach(value -> query(valid, name, value, REFUSED));
                }
            }
        }
    }

    private static boolean showsPeriod(ApiParameter parameter) {
        return Schemas.showsPeriod(parameter.schema())
                || (parameter.example() != null && parameter.example().asText().matches("P(T?\\d+[YMWDHS])+"));
    }

    private void query(ApiCall valid, String name, String value, Expectation expectation) {
        add("query " + name + "=" + HostileValues.shown(value), valid.withQuery(name, value), expectation);
    }

    // ---- headers ----------------------------------------------------------------------------------------------

    private void headers(ApiOperation operation, ApiCall valid) {
        for (ApiParameter parameter : operation.headerParameters()) {
            for (String value : List.of("abc", "\"-1\"", "\"99999999999999999999\"", "*", "W/\"1\"", "")) {
                add("header " + parameter.name() + ": " + value, valid.withHeader(parameter.name(), value), NO_SERVER_ERROR);
            }
        }
    }

    // ---- body fields ------------------------------------------------------------------------------------------

    /** A property of the body (at the top level, or inside an object or the first element of an array). */
    private record Field(JsonPointer pointer, String name, JsonNode schema, boolean required) {
    }

    private void bodyFields(JsonNode schema, JsonNode body, ApiCall valid) {
        for (Field field : fields(document.resolve(schema), body, JsonPointer.empty(), 0)) {
            for (FieldMutations.Mutation mutation : mutations.of(field.schema(), field.name(), field.required())) {
                JsonNode changed = body.deepCopy();
                set(changed, field.pointer(), mutation.value());
                byte[] bytes = Json.write(changed).getBytes(StandardCharsets.UTF_8);
                if (mutation.raw() != null) {
                    bytes = spliced(bytes, mutation.raw());
                }
                add("body " + field.pointer() + " = " + mutation.what(), valid.withBody(ApiCall.JSON, bytes), mutation.expectation());
            }
        }
    }

    private List<Field> fields(JsonNode schema, JsonNode node, JsonPointer at, int depth) {
        List<Field> fields = new ArrayList<>();
        if (depth > 3 || !node.isObject()) {
            return fields;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode propertySchema = document.resolve(property.getValue());
            JsonPointer pointer = at.appendProperty(property.getKey());
            fields.add(new Field(pointer, property.getKey(), propertySchema, Schemas.isRequired(schema, property.getKey())));
            JsonNode value = node.get(property.getKey());
            if (value == null) {
                continue;
            }
            if (value.isObject()) {
                fields.addAll(fields(propertySchema, value, pointer, depth + 1));
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                fields.addAll(fields(document.resolve(propertySchema.path("items")), value.get(0), pointer.appendIndex(0), depth + 1));
            }
        }
        return fields;
    }

    // ---- the body as a whole ----------------------------------------------------------------------------------

    private void bodyAsAWhole(ApiOperation operation, JsonNode body, ApiCall valid) {
        String json = Json.write(body);
        Expectation required = operation.bodyRequired() ? REFUSED : NO_SERVER_ERROR;
        whole("trailing garbage", valid, json + " x", REFUSED);
        whole("a second JSON value after the body", valid, json + "{}", REFUSED);
        whole("a stray closing bracket", valid, json + "]", REFUSED);
        whole("truncated", valid, json.substring(0, json.length() / 2), REFUSED);
        whole("not JSON", valid, "abc", REFUSED);
        whole("an array instead of an object", valid, "[]", REFUSED);
        whole("JSON null", valid, "null", required);
        whole("empty", valid, "", required);
        duplicateKey(body, valid);
        add("body with an unknown field nested " + FieldMutations.DEEP + " arrays deep",
                valid.withJson(withLeadingField(body, "\"unknownField\":" + new String(FieldMutations.nested(FieldMutations.DEEP), StandardCharsets.US_ASCII))),
                NO_SERVER_ERROR);
        add("body over " + OVER_BODY_LIMIT / 1024 + " KiB (whitespace)", valid.withJson(json + " ".repeat(OVER_BODY_LIMIT)), REFUSED);
        add("body over " + OVER_BODY_LIMIT / 1024 + " KiB (a long unknown field)",
                valid.withJson(withLeadingField(body, "\"padding\":\"" + "a".repeat(OVER_BODY_LIMIT) + "\"")), REFUSED);
        add("body as text/plain", valid.withBody("text/plain", json.getBytes(StandardCharsets.UTF_8)), REFUSED);
    }

    private void duplicateKey(JsonNode body, ApiCall valid) {
        if (!body.isObject() || body.isEmpty()) {
            return;
        }
        Map.Entry<String, JsonNode> first = body.properties().iterator().next();
        String duplicate = Json.write(NODES.textNode(first.getKey())) + ":" + Json.write(first.getValue());
        add("body with the key '" + first.getKey() + "' twice", valid.withJson(withLeadingField(body, duplicate)), REFUSED);
    }

    /** The body's JSON object with {@code field} (raw {@code "name":value} text) written before its own fields. */
    private static String withLeadingField(JsonNode body, String field) {
        if (!body.isObject() || body.isEmpty()) {
            return "{" + field + "}";
        }
        return "{" + field + "," + Json.write(body).substring(1);
    }

    private void whole(String what, ApiCall valid, String text, Expectation expectation) {
        add("body " + what, valid.withJson(text), expectation);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void add(String what, ApiCall call, Expectation expectation) {
        cases.add(new FuzzCase(what, call, expectation));
    }

    private static void set(JsonNode root, JsonPointer pointer, JsonNode value) {
        JsonNode parent = root.at(pointer.head());
        String property = pointer.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(property, value);
        }
    }

    private static byte[] spliced(byte[] written, byte[] raw) {
        String text = new String(written, StandardCharsets.UTF_8);
        int at = text.indexOf("\"" + FieldMutations.RAW + "\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(text.substring(at + FieldMutations.RAW.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
