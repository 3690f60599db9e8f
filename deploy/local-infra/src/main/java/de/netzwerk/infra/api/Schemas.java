package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** Questions about a schema whose own {@code $ref} is resolved. */
final class Schemas {

    private Schemas() {
    }

    static String type(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        return schema.has("properties") ? "object" : "";
    }

    static String format(JsonNode schema) {
        return schema == null ? "" : schema.path("format").asText("");
    }

    /** A string that names an object by its UUID: the reference fields and path ids of the API. */
    static boolean isUuid(JsonNode schema) {
        return "string".equals(type(schema)) && "uuid".equals(format(schema));
    }

    static boolean isDate(JsonNode schema) {
        return "string".equals(type(schema)) && "date".equals(format(schema));
    }

    static boolean isDateTime(JsonNode schema) {
        return "string".equals(type(schema)) && "date-time".equals(format(schema));
    }

    /** The first example the schema shows ({@code examples} of OpenAPI 3.1, or {@code example}). */
    static Optional<JsonNode> example(JsonNode schema) {
        if (schema == null) {
            return Optional.empty();
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty()) {
            return Optional.of(examples.get(0));
        }
        return Optional.ofNullable(schema.get("example"));
    }

    static boolean isRequired(JsonNode objectSchema, String property) {
        for (JsonNode required : objectSchema.path("required")) {
            if (required.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the value looks like an IANA zone id, so that a field showing it is fed hostile zones. */
    static boolean showsTimeZone(JsonNode schema, String name) {
        return name.toLowerCase(java.util.Locale.ROOT).contains("zone")
                || example(schema).map(JsonNode::asText).filter(text -> text.matches("[A-Z][a-z]+/[A-Za-z_]+")).isPresent();
    }

    /** Whether the value looks like an ISO-8601 period or duration ({@code P90D}). */
    static boolean showsPeriod(JsonNode schema) {
        return example(schema).map(JsonNode::asText).filter(text -> text.matches("P(T?\\d+[YMWDHS])+")).isPresent();
    }
}
