package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A place in a request body that names another object by its UUID: a property of {@code format: uuid}, an array
 * of them, or such a property inside objects and arrays of the body ({@code needs[0].partnerId}).
 */
record ReferenceField(List<Step> steps) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    sealed interface Step permits Property, Element {
    }

    /** A property of an object, with its resolved schema. */
    record Property(String name, JsonNode schema) implements Step {
    }

    /** The first element of an array, with the resolved schema of its items. */
    record Element(JsonNode items) implements Step {
    }

    /** Every reference field of a request body's schema. */
    static List<ReferenceField> in(JsonNode bodySchema, OpenApiDocument document) {
        List<ReferenceField> found = new ArrayList<>();
        if (bodySchema != null) {
            collect(document.resolve(bodySchema), List.of(), document, found);
        }
        return found;
    }

    private static void collect(JsonNode schema, List<Step> prefix, OpenApiDocument document, List<ReferenceField> found) {
        if (prefix.size() > MAX_DEPTH) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
            JsonNode property = document.resolve(entry.getValue());
            List<Step> here = append(prefix, new Property(entry.getKey(), property));
            if (Schemas.isUuid(property)) {
                found.add(new ReferenceField(here));
            } else if (Schemas.type(property).equals("array")) {
                JsonNode items = document.resolve(property.path("items"));
                List<Step> element = append(here, new Element(items));
                if (Schemas.isUuid(items)) {
                    found.add(new ReferenceField(element));
                } else if (Schemas.type(items).equals("object")) {
                    collect(items, element, document, found);
                }
            } else if (Schemas.type(property).equals("object")) {
                collect(property, here, document, found);
            }
        }
    }

    /** The name that says which kind of object the field refers to: the innermost property's. */
    String name() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof Property property) {
                return property.name();
            }
        }
        throw new IllegalStateException("A reference field without a property: " + steps);
    }

    /** As a problem's {@code errors[].field} would name it: {@code responsiblePartnerId}, {@code guests[0]}, {@code needs[0].partnerId}. */
    String display() {
        StringBuilder path = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Property property) {
                path.append(path.isEmpty() ? "" : ".").append(property.name());
            } else {
                path.append("[0]");
            }
        }
        return path.toString();
    }

    /**
     * A copy of the body whose field holds {@code id}: an array of references becomes {@code [id]}, missing
     * objects and array elements on the way are built from their schema's examples.
     */
    JsonNode inject(JsonNode body, String id, Examples examples, Tenant tenant) {
        JsonNode root = body == null || !body.isObject() ? NODES.objectNode() : body.deepCopy();
        JsonNode container = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            container = child(container, steps.get(i), steps.get(i + 1), examples, tenant);
        }
        Step last = steps.getLast();
        if (last instanceof Property property) {
            ((ObjectNode) container).put(property.name(), id);
        } else {
            ((ArrayNode) container).removeAll().add(id);
        }
        return root;
    }

    private JsonNode child(JsonNode container, Step step, Step next, Examples examples, Tenant tenant) {
        if (step instanceof Property property) {
            ObjectNode object = (ObjectNode) container;
            JsonNode child = object.get(property.name());
            boolean fits = next instanceof Element ? child instanceof ArrayNode : child instanceof ObjectNode;
            if (!fits) {
                child = next instanceof Element ? NODES.arrayNode() : NODES.objectNode();
                object.set(property.name(), child);
            }
            return child;
        }
        ArrayNode array = (ArrayNode) container;
        if (next instanceof Property && (array.isEmpty() || !array.get(0).isObject())) {
            array.removeAll().add(examples.of(((Element) step).items(), name(), tenant));
        }
        return array.isEmpty() ? array.add(NODES.objectNode()).get(0) : array.get(0);
    }

    private static List<Step> append(List<Step> prefix, Step step) {
        List<Step> steps = new ArrayList<>(prefix);
        steps.add(step);
        return List.copyOf(steps);
    }

    @Override
    public String toString() {
        return display();
    }
}
