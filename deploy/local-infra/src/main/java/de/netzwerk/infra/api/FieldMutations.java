package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static de.netzwerk.infra.api.Expectation.NO_SERVER_ERROR;
import static de.netzwerk.infra.api.Expectation.REFUSED;
import static de.netzwerk.infra.api.Expectation.UNKNOWN_REFERENCE;

/**
 * The hostile values a body field gets, by its schema: null and deep nesting for any field; for texts NUL bytes,
 * lone surrogates, huge and broken ones; absurd dates, zones and periods where the field shows one; extreme
 * numbers; random ids for references; arrays of the wrong shape or size. Each says what the service must answer.
 */
final class FieldMutations {

    /** Stands in a written body for a raw value that no JSON writer would produce (deep nesting, broken UTF-8). */
    static final String RAW = "__fuzz_raw_value__";
    static final int DEEP = 5_000;
    private static final int HUGE_TEXT = 20_000;
    private static final int MANY_ITEMS = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * One hostile value.
     *
     * @param raw bytes that replace {@link #RAW} in the written body, or null
     */
    record Mutation(String what, JsonNode value, byte[] raw, Expectation expectation) {

        static Mutation of(String what, JsonNode value, Expectation expectation) {
            return new Mutation(what, value, null, expectation);
        }

        static Mutation text(String value, Expectation expectation) {
            return of(HostileValues.shown(value), NODES.textNode(value), expectation);
        }

        static Mutation raw(String what, byte[] raw, Expectation expectation) {
            return new Mutation(what, NODES.textNode(RAW), raw, expectation);
        }
    }

    private final OpenApiDocument document;
    private final HostileValues hostile;

    FieldMutations(OpenApiDocument document, HostileValues hostile) {
        this.document = document;
        this.hostile = hostile;
    }

    /** The mutations of a field called {@code name} whose schema ({@code $ref} resolved) is {@code schema}. */
    List<Mutation> of(JsonNode schema, String name, boolean required) {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(Mutation.of("null", NODES.nullNode(), required ? REFUSED : NO_SERVER_ERROR));
        mutations.add(Mutation.raw("nested " + DEEP + " arrays deep", nested(DEEP), REFUSED));
        String type = Schemas.type(schema);
        if (Schemas.isUuid(schema)) {
            mutations.add(Mutation.text(hostile.randomUuid().toString(), UNKNOWN_REFERENCE));
            mutations.add(Mutation.text("not-a-uuid", REFUSED));
        } else if (Schemas.isDate(schema)) {
            HostileValues.ABSURD_DATES.forEach(date -> mutations.add(Mutation.text(date, REFUSED)));
            mutations.add(Mutation.text(hostile.farDate(), REFUSED));
            mutations.add(Mutation.text("2026-02-30", REFUSED));
        } else if (Schemas.isDateTime(schema)) {
            HostileValues.ABSURD_DATE_TIMES.forEach(dateTime -> mutations.add(Mutation.text(dateTime, REFUSED)));
            mutations.add(Mutation.text(hostile.farDateTime(), REFUSED));
            mutations.add(Mutation.text("2026-01-01T00:00:00+25:00", REFUSED));
        } else if (schema.has("enum")) {
            mutations.add(Mutation.text("NOT_A_VALUE", REFUSED));
            mutations.add(Mutation.text(hostile.withNul(), REFUSED));
        } else if (type.equals("string")) {
            texts(schema, name, mutations);
        } else if (type.equals("integer") || type.equals("number")) {
            String number = hostile.extremeNumber();
            mutations.add(Mutation.of(number, Json.parse(number), NO_SERVER_ERROR));
            mutations.add(Mutation.text("12abc", REFUSED));
        } else if (type.equals("boolean")) {
            mutations.add(Mutation.text("maybe", REFUSED));
            mutations.add(Mutation.of("2", NODES.numberNode(2), NO_SERVER_ERROR));
        } else if (type.equals("array")) {
            arrays(schema, mutations);
        }
        return mutations;
    }

    private void texts(JsonNode schema, String name, List<Mutation> mutations) {
        mutations.add(Mutation.text(hostile.withNul(), REFUSED));
        mutations.add(Mutation.text(hostile.withLoneSurrogate(), REFUSED));
        String any = hostile.anyText();
        mutations.add(Mutation.text(any, HostileValues.hasNulOrLoneSurrogate(any) ? REFUSED : NO_SERVER_ERROR));
        String huge = hostile.huge(HUGE_TEXT);
        boolean tooLong = schema.has("maxLength") && huge.length() > schema.get("maxLength").asInt();
        mutations.add(Mutation.text(huge, tooLong ? REFUSED : NO_SERVER_ERROR));
        mutations.add(Mutation.of("an object", NODES.objectNode().put("x", 1), REFUSED));
        mutations.add(Mutation.raw("broken UTF-8", new byte[] { '"', 'a', (byte) 0xC3, (byte) 0x28, 'b', '"' }, REFUSED));
        if (Schemas.showsTimeZone(schema, name)) {
            HostileValues.UNKNOWN_ZONES.forEach(zone -> mutations.add(Mutation.text(zone, REFUSED)));
        }
        if (Schemas.showsPeriod(schema)) {
            HostileValues.ABSURD_PERIODS.forEach(period -> mutations.add(Mutation.text(period, REFUSED)));
        }
    }

    private void arrays(JsonNode schema, List<Mutation> mutations) {
        JsonNode items = document.resolve(schema.path("items"));
        if (Schemas.isUuid(items)) {
            mutations.add(Mutation.of("[a random UUID]", NODES.arrayNode().add(hostile.randomUuid().toString()), UNKNOWN_REFERENCE));
        } else if (Schemas.type(items).equals("string")) {
            mutations.add(Mutation.of("[text with NUL]", NODES.arrayNode().add(hostile.withNul()), REFUSED));
        }
        mutations.add(Mutation.of("an object", NODES.objectNode().put("x", 1), REFUSED));
        JsonNode item = Schemas.isUuid(items) ? NODES.textNode(hostile.randomUuid().toString())
                : Schemas.example(items).orElse(NODES.textNode("x"));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < MANY_ITEMS; i++) {
            many.add(item.deepCopy());
        }
        boolean tooMany = schema.has("maxItems") && MANY_ITEMS > schema.get("maxItems").asInt();
        mutations.add(Mutation.of(MANY_ITEMS + " items", many, tooMany || Schemas.isUuid(items) ? REFUSED : NO_SERVER_ERROR));
    }

    static byte[] nested(int depth) {
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
    }
}
