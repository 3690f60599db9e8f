import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The front door's one OpenAPI document (issue 16, item 3): the four services' committed snapshots
 * ({@code <service>/src/test/resources/openapi/<service>.json}, kept equal to the code by each service's
 * OpenApiSnapshotTest) merged into {@code deploy/local/openapi/netzwerk.json}, the document SPA developers generate
 * their clients from.
 *
 * <p>Merging refuses what would make a generated client wrong rather than pick a winner: a path served by two
 * services, an operationId used twice, or a schema, response or security scheme of one name that means different
 * things in two services (give it a unique name with {@code @Schema(name = …)}). Keys are sorted and the output is
 * indented by two spaces, so the same snapshots always give the same bytes.
 *
 * <pre>
 *   java deploy/local/openapi/MergeOpenApi.java           writes netzwerk.json
 *   java deploy/local/openapi/MergeOpenApi.java --check   fails if netzwerk.json is not what the snapshots give
 * </pre>
 * A single source file run by the JDK, without dependencies: it carries the little JSON it needs.
 */
public class MergeOpenApi {

    static final List<String> SERVICES = List.of("partner-service", "meeting-service", "task-service", "engagement-service");
    static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options");

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 1 && args[0].equals("--check");
        if (args.length > 1 || args.length == 1 && !check) {
            System.err.println("usage: java MergeOpenApi.java [--check]");
            System.exit(2);
        }
        Path here = locate(Path.of("").toAbsolutePath());
        Path repo = here.getParent().getParent().getParent();
        Path target = here.resolve("netzwerk.json");

        List<String> conflicts = new ArrayList<>();
        Map<String, Object> merged = merge(repo, conflicts);
        if (!conflicts.isEmpty()) {
            conflicts.forEach(conflict -> System.err.println("openapi: CONFLICT " + conflict));
            System.err.println("openapi: the services' documents cannot be merged into one that generates a correct client");
            System.exit(1);
        }
        String text = Json.write(merged) + "\n";
        if (check) {
            String committed = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
            if (!committed.equals(text)) {
                System.err.println("openapi: FAIL " + repo.relativize(target) + " is not the merge of the services' "
                        + "snapshots; run deploy/local/openapi/merge and commit it");
                System.exit(1);
            }
            System.out.println("openapi: " + repo.relativize(target) + " is the merge of the four services' snapshots");
        } else {
            Files.writeString(target, text, StandardCharsets.UTF_8);
            System.out.println("openapi: wrote " + repo.relativize(target));
        }
    }

    /** This program's directory, found from the working directory (the repository or the directory itself). */
    private static Path locate(Path workingDirectory) {
        for (Path candidate : List.of(workingDirectory, workingDirectory.resolve("deploy/local/openapi"))) {
            if (Files.exists(candidate.resolve("MergeOpenApi.java"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("Run from the repository's root or deploy/local/openapi");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Path repo, List<String> conflicts) throws IOException {
        Map<String, Object> merged = new TreeMap<>();
        Map<String, Object> paths = new TreeMap<>();
        Map<String, Map<String, Object>> components = new TreeMap<>();
        Map<String, Object> tags = new TreeMap<>();
        Map<String, String> operationIds = new TreeMap<>();
        Map<String, String> pathOwners = new LinkedHashMap<>();
        Map<String, String> componentOwners = new LinkedHashMap<>();
        List<String> descriptions = new ArrayList<>();
        String openapi = null;
        String version = null;
        for (String service : SERVICES) {
            Path snapshot = repo.resolve(service + "/src/test/resources/openapi/" + service + ".json");
            Map<String, Object> document = (Map<String, Object>) Json.parse(Files.readString(snapshot, StandardCharsets.UTF_8));
            openapi = Objects.requireNonNullElse(openapi, (String) document.get("openapi"));
            if (!Objects.equals(openapi, document.get("openapi"))) {
                conflicts.add(service + " is OpenAPI " + document.get("openapi") + ", not " + openapi);
            }
            Map<String, Object> info = (Map<String, Object>) document.getOrDefault("info", Map.of());
            version = Objects.requireNonNullElse(version, (String) info.get("version"));
            descriptions.add("- " + service + ": " + info.getOrDefault("description", ""));
            ((Map<String, Object>) document.getOrDefault("paths", Map.of())).forEach((path, item) -> {
                String owner = pathOwners.putIfAbsent(path, service);
                if (owner != null) {
                    conflicts.add("path " + path + " is served by " + owner + " and " + service);
                    return;
                }
                paths.put(path, item);
                ((Map<String, Object>) item).forEach((method, operation) -> {
                    if (!METHODS.contains(method)) {
                        return;
                    }
                    Object id = ((Map<String, Object>) operation).get("operationId");
                    String where = service + " " + method.toUpperCase() + " " + path;
                    if (id == null) {
                        conflicts.add(where + " has no operationId");
                    } else if (operationIds.containsKey((String) id)) {
                        conflicts.add("operationId " + id + " of " + where + " is also " + operationIds.get(id) + "'s");
                    } else {
                        operationIds.put((String) id, where);
                    }
                });
            });
            ((Map<String, Object>) document.getOrDefault("components", Map.of())).forEach((kind, entries) ->
                    ((Map<String, Object>) entries).forEach((name, definition) -> {
                        Map<String, Object> ofKind = components.computeIfAbsent(kind, k -> new TreeMap<>());
                        String key = kind + "/" + name;
                        Object known = ofKind.putIfAbsent(name, definition);
                        if (known == null) {
                            componentOwners.put(key, service);
                        } else if (!known.equals(definition)) {
                            conflicts.add("components/" + key + " differs between " + componentOwners.get(key)
                                    + " and " + service + ": name one of them uniquely");
                        }
                    }));
            for (Object tag : (List<Object>) document.getOrDefault("tags", List.of())) {
                String name = (String) ((Map<String, Object>) tag).get("name");
                Object known = tags.putIfAbsent(name, tag);
                if (known != null && !known.equals(tag)) {
                    conflicts.add("tag " + name + " is described differently by two services");
                }
            }
        }
        Map<String, Object> info = new TreeMap<>();
        info.put("title", "Netzwerk");
        info.put("version", version);
        info.put("description", "The API of all four services behind one front door; each path has one owner.\n"
                + String.join("\n", descriptions));
        merged.put("openapi", openapi);
        merged.put("info", info);
        merged.put("servers", List.of(Map.of("url", "/",
                "description", "The front door, which routes each path to the service that owns it")));
        merged.put("paths", paths);
        merged.put("components", components);
        merged.put("tags", new ArrayList<>(tags.values()));
        return merged;
    }

    /** The JSON this program reads and writes: objects as sorted maps, arrays as lists, numbers kept as written. */
    static final class Json {

        /** A number as it was written, so that merging never changes 1.0 into 1 or loses digits. */
        record Number(String literal) {
        }

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw json.error("trailing characters");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new TreeMap<>();
            at++;
            space();
            if (peek('}')) {
                return object;
            }
            do {
                space();
                String key = string();
                space();
                expect(':');
                object.put(key, value());
                space();
            } while (peek(','));
            expect('}');
            return object;
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                return array;
            }
            do {
                array.add(value());
                space();
            } while (peek(','));
            expect(']');
            return array;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private Number number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("unexpected character");
            }
            return new Number(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
            return value;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at character " + at);
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, "", out);
            return out.toString();
        }

        @SuppressWarnings("unchecked")
        private static void write(Object value, String indent, StringBuilder out) {
            String inner = indent + "  ";
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                int i = 0;
                for (Map.Entry<String, Object> entry : new TreeMap<>((Map<String, Object>) map).entrySet()) {
                    out.append(inner);
                    quote(entry.getKey(), out);
                    out.append(": ");
                    write(entry.getValue(), inner, out);
                    out.append(++i < map.size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    out.append(inner);
                    write(list.get(i), inner, out);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            } else if (value instanceof String string) {
                quote(string, out);
            } else if (value instanceof Number number) {
                out.append(number.literal());
            } else {
                out.append(value);
            }
        }

        private static void quote(String string, StringBuilder out) {
            out.append('"');
            for (char c : string.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
