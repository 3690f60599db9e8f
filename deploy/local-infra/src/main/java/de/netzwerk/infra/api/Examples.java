package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Valid values built from a schema: its examples first, then its enum, then its type and format. UUIDs are the
 * ids of the tenant's objects of the kind the field names. An object gets its required properties and those
 * that show an example.
 */
final class Examples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private final OpenApiDocument document;
    private final ApiFixture fixture;

    Examples(OpenApiDocument document, ApiFixture fixture) {
        this.document = document;
        this.fixture = fixture;
    }

    /** A value for the schema of a field or parameter called {@code name}. */
    JsonNode of(JsonNode schema, String name, Tenant tenant) {
        return of(schema, name, tenant, 0);
    }

    private JsonNode of(JsonNode declared, String name, Tenant tenant, int depth) {
        if (depth > MAX_DEPTH) {
            throw new CannotBuildCall("the schema of '" + name + "' nests too deep to build an example");
        }
        JsonNode schema = document.resolve(declared);
        if (Schemas.isUuid(schema)) {
            return NODES.textNode(tenant.id(fixture.kindOf(name, tenant)));
        }
        if (Schemas.type(schema).equals("array") && Schemas.isUuid(document.resolve(schema.path("items")))) {
            return NODES.arrayNode().add(tenant.id(fixture.kindOf(name, tenant)));
        }
        var example = Schemas.example(schema);
        if (example.isPresent()) {
            return example.get().deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).deepCopy();
        }
        return switch (Schemas.type(schema)) {
            case "object" -> object(schema, tenant, depth);
            case "array" -> NODES.arrayNode().add(of(schema.path("items"), name, tenant, depth + 1));
            case "string" -> string(schema, name);
            case "integer", "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "boolean" -> NODES.booleanNode(false);
            default -> throw new CannotBuildCall("the schema of '" + name + "' has no example, enum or type to build a value from");
        };
    }

    private ObjectNode object(JsonNode schema, Tenant tenant, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            boolean shown = property.getValue().has("examples") || property.getValue().has("example");
            if (shown || Schemas.isRequired(schema, property.getKey())) {
                object.set(property.getKey(), of(property.getValue(), property.getKey(), tenant, depth + 1));
            }
        }
        return object;
    }

    private static JsonNode string(JsonNode schema, String name) {
        if (Schemas.isDate(schema)) {
            return NODES.textNode(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        }
        if (Schemas.isDateTime(schema)) {
            return NODES.textNode(OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS).toString());
        }
        if (schema.has("pattern") || schema.has("format")) {
            throw new CannotBuildCall("'" + name + "' has a pattern or format but no example");
        }
        return NODES.textNode("Beispiel");
    }
}
