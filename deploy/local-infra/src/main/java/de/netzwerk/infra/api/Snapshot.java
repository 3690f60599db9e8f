package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A network's data as its coordinator reads it through the fixture's snapshot paths, at one moment. */
final class Snapshot {

    private final Map<String, JsonNode> reads;

    private Snapshot(Map<String, JsonNode> reads) {
        this.reads = reads;
    }

    /**
     * Reads every path. Without paths nothing could be seen to change, so that is an error of the fixture; so is a
     * path that does not answer 200 before the calls under test.
     */
    static Snapshot read(ApiFixture fixture, Tenant tenant) {
        List<String> paths = fixture.snapshotPaths(tenant);
        if (paths.isEmpty()) {
            throw new IllegalStateException("The fixture names no snapshot paths: nothing could be seen to change");
        }
        Map<String, JsonNode> reads = new LinkedHashMap<>();
        for (String path : paths) {
            ApiResponse response = new ApiCall("GET", path, Map.of(), Map.of(), tenant.token(Role.COORDINATOR), null, null).send();
            if (response.status() != 200) {
                throw new IllegalStateException("Snapshot path " + path + " of network " + tenant.networkId()
                        + " answered " + response.describe());
            }
            JsonNode content = Json.tryParse(response.body()).orElse(TextNode.valueOf(response.body()));
            reads.put(path, withoutFields(content, fixture.volatileFields()));
        }
        return new Snapshot(reads);
    }

    /** One line per path that reads differently now. */
    List<String> differencesTo(Snapshot later) {
        List<String> differences = new ArrayList<>();
        reads.forEach((path, before) -> {
            JsonNode after = later.reads.get(path);
            if (!before.equals(after)) {
                differences.add("GET " + path + " changed from " + Json.abbreviate(Json.write(before))
                        + " to " + Json.abbreviate(after == null ? "nothing" : Json.write(after)));
            }
        });
        return differences;
    }

    int size() {
        return reads.size();
    }

    private static JsonNode withoutFields(JsonNode node, Set<String> names) {
        if (names.isEmpty()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        strip(copy, names);
        return copy;
    }

    private static void strip(JsonNode node, Set<String> names) {
        if (node instanceof ObjectNode object) {
            object.remove(names);
            object.forEach(child -> strip(child, names));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> strip(child, names));
        }
    }
}
