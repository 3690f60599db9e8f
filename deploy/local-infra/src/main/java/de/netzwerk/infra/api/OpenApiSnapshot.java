package de.netzwerk.infra.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;

/**
 * A service's OpenAPI document as it is committed (issue 16, item 3): the contract SPA developers generate their
 * clients from, so a change to it shows in review. The committed file is the document with its keys sorted and
 * indented by two spaces, so that the same code always gives the same bytes.
 *
 * <p>A test compares the live document with the file and fails with the lines that differ. To accept a change,
 * run the test with {@code -Dnetzwerk.openapi.update-snapshot=true}: it writes the file instead (and says so).
 */
public final class OpenApiSnapshot {

    /** The system property that makes {@link #verify} write the snapshot instead of comparing with it. */
    public static final String UPDATE = "netzwerk.openapi.update-snapshot";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final int CONTEXT_LINES = 3;
    private static final int MAX_DIFFERENCES = 40;

    private OpenApiSnapshot() {
    }

    /**
     * Fetches the document from the management interface at {@code management} and compares it with the file
     * {@code snapshot} (a path relative to the module, where Maven runs its tests), or writes it there when
     * {@value #UPDATE} is true.
     */
    public static void verify(URL management, Path snapshot) {
        String live = canonical(fetch(management));
        if (Boolean.getBoolean(UPDATE)) {
            write(snapshot, live);
            System.out.println("OpenAPI snapshot written to " + snapshot.toAbsolutePath());
            return;
        }
        if (!Files.exists(snapshot)) {
            throw new AssertionError("No OpenAPI snapshot at " + snapshot.toAbsolutePath()
                    + "; create it with -D" + UPDATE + "=true");
        }
        String committed = read(snapshot);
        if (!committed.equals(live)) {
            throw new AssertionError("The OpenAPI document differs from its snapshot " + snapshot
                    + " (- snapshot, + live). If the change is meant, run the test with -D" + UPDATE
                    + "=true and commit the file.\n" + differences(committed, live));
        }
    }

    private static String fetch(URL management) {
        return given().accept("application/json")
                .when().get(management.getProtocol() + "://" + management.getHost() + ":" + management.getPort()
                        + OpenApiDocument.QUARKUS_PATH)
                .then().statusCode(200).extract().asString();
    }

    /** The document with every object's keys sorted, indented by two spaces, ending with a newline. */
    public static String canonical(String json) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(DefaultPrettyPrinter.DEFAULT_SEPARATORS
                            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
            return MAPPER.writer(printer).writeValueAsString(sorted(MAPPER.readTree(json))) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            new TreeSet<>(iterable(node)).forEach(name -> sorted.set(name, sorted(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> sorted.add(sorted(element)));
            return sorted;
        }
        return node;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The lines that differ, each with a few lines around it, at most {@value #MAX_DIFFERENCES} of them. */
    static String differences(String expected, String actual) {
        String[] before = expected.split("\n", -1);
        String[] after = actual.split("\n", -1);
        // The longest common subsequence of lines, so an inserted block shows as one block of + lines.
        int[][] common = new int[before.length + 1][after.length + 1];
        for (int i = before.length - 1; i >= 0; i--) {
            for (int j = after.length - 1; j >= 0; j--) {
                common[i][j] = before[i].equals(after[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        int shown = 0;
        int lastShown = -1;
        while ((i < before.length || j < after.length) && shown < MAX_DIFFERENCES) {
            if (i < before.length && j < after.length && before[i].equals(after[j])) {
                i++;
                j++;
                continue;
            }
            if (lastShown < 0 || i > lastShown) {
                // Equal lines were passed since the last difference: a new block, with what came just before it.
                lines.add("@@ snapshot line " + (i + 1));
                for (int k = Math.max(Math.max(0, lastShown), i - CONTEXT_LINES); k < i; k++) {
                    lines.add("  " + before[k]);
                }
            }
            if (j < after.length && (i >= before.length || common[i][j + 1] >= common[i + 1][j])) {
                lines.add("+ " + after[j++]);
            } else {
                lines.add("- " + before[i++]);
            }
            lastShown = i;
            shown++;
        }
        if (shown == MAX_DIFFERENCES) {
            lines.add("… and more");
        }
        return String.join("\n", lines);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
