package de.netzwerk.infra.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a service's test tells the harness beyond its OpenAPI document: two prepared networks, and for the
 * operations the document alone cannot call correctly, the body, headers or objects to use.
 *
 * <p>Overrides are functions of the tenant and are evaluated for every call, so that a call can get a fresh
 * object (a meeting to cancel) or the current version of one (an {@code If-Match}). Operations are named by
 * {@link ApiOperation#key()}; naming one the document does not have fails the harness.
 */
public final class ApiFixture {

    private final Tenant a;
    private final Tenant b;
    private final Map<String, String> referenceKinds = new HashMap<>();
    private final Map<String, Function<Tenant, Object>> bodies = new HashMap<>();
    private final Map<String, Map<String, Function<Tenant, String>>> headers = new HashMap<>();
    private final Map<String, Map<String, Function<Tenant, String>>> queries = new HashMap<>();
    private final Map<String, UnaryOperator<Tenant>> objects = new HashMap<>();
    private Function<Tenant, List<String>> snapshot = tenant -> List.of();
    private final Set<String> volatileFields = new LinkedHashSet<>();
    private Runnable settle = () -> { };

    private ApiFixture(Tenant a, Tenant b) {
        this.a = a;
        this.b = b;
    }

    /** {@code a} is the caller's network, {@code b} the other one whose data must stay untouched. */
    public static ApiFixture of(Tenant a, Tenant b) {
        return new ApiFixture(a, b);
    }

    public Tenant a() {
        return a;
    }

    public Tenant b() {
        return b;
    }

    /**
     * Names the kind of object a UUID field or parameter refers to where its name does not say it, e.g.
     * {@code referenceKind("guests", "partnerId")}. A name ending in a kind ({@code responsiblePartnerId}) or its
     * plural ({@code partnerIds}) needs no entry.
     */
    public ApiFixture referenceKind(String fieldName, String kind) {
        referenceKinds.put(fieldName, kind);
        return this;
    }

    /** The request body of an operation (a map, list or record that serialises to JSON) instead of one built from its schema. */
    public ApiFixture body(String operation, Function<Tenant, Object> body) {
        bodies.put(normalised(operation), body);
        return this;
    }

    public ApiFixture header(String operation, String name, Function<Tenant, String> value) {
        headers.computeIfAbsent(normalised(operation), key -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    public ApiFixture query(String operation, String name, Function<Tenant, String> value) {
        queries.computeIfAbsent(normalised(operation), key -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /**
     * Objects prepared afresh for every call of an operation, e.g. {@code t -> t.with("meetingId", newMeeting(t))}
     * for an operation that uses its object up.
     */
    public ApiFixture objects(String operation, UnaryOperator<Tenant> prepare) {
        objects.put(normalised(operation), prepare);
        return this;
    }

    /**
     * The paths (GET, as the network's coordinator) whose answers together show a network's data: read before and
     * after calls that must not change it, compared as JSON.
     */
    public ApiFixture snapshot(Function<Tenant, List<String>> paths) {
        this.snapshot = paths;
        return this;
    }

    /** Fields left out when comparing snapshots because they change with the clock, not with the data. */
    public ApiFixture volatileFields(String... names) {
        volatileFields.addAll(List.of(names));
        return this;
    }

    /**
     * Waits until what accepted writes set off in the background (a recomputation, a rebuild) is done, so that a
     * snapshot read next shows the data as it stays. Called after accepted writes and before final snapshots.
     */
    public ApiFixture settle(Runnable awaitQuiet) {
        this.settle = awaitQuiet;
        return this;
    }

    void settle() {
        settle.run();
    }

    Tenant prepare(ApiOperation operation, Tenant tenant) {
        return objects.getOrDefault(operation.key(), UnaryOperator.identity()).apply(tenant);
    }

    Optional<Object> body(ApiOperation operation, Tenant tenant) {
        return Optional.ofNullable(bodies.get(operation.key())).map(body -> body.apply(tenant));
    }

    Map<String, String> headers(ApiOperation operation, Tenant tenant) {
        return evaluate(headers.get(operation.key()), tenant);
    }

    Map<String, String> queries(ApiOperation operation, Tenant tenant) {
        return evaluate(queries.get(operation.key()), tenant);
    }

    List<String> snapshotPaths(Tenant tenant) {
        return snapshot.apply(tenant);
    }

    Set<String> volatileFields() {
        return volatileFields;
    }

    /**
     * The kind of object a UUID field or parameter names, among the kinds the tenant has: an explicit
     * {@link #referenceKind}, the name itself, or the longest kind the name ends with (singular).
     */
    String kindOf(String name, Tenant tenant) {
        if (referenceKinds.containsKey(name)) {
            return referenceKinds.get(name);
        }
        String singular = name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
        return tenant.kinds().stream()
                .filter(kind -> singular.equals(kind) || singular.endsWith(capitalised(kind)))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new CannotBuildCall("the fixture does not say which kind of object '" + name
                        + "' names (referenceKind), nor has network " + tenant.networkId() + " an object whose kind ends its name"));
    }

    /** Overrides that name operations the document does not have: stale, and so a failure. */
    List<String> unknownOperations(OpenApiDocument document) {
        Set<String> known = new TreeSet<>();
        document.operations().forEach(operation -> known.add(operation.key()));
        Set<String> named = new TreeSet<>();
        named.addAll(bodies.keySet());
        named.addAll(headers.keySet());
        named.addAll(queries.keySet());
        named.addAll(objects.keySet());
        List<String> unknown = new ArrayList<>();
        named.stream().filter(name -> !known.contains(name)).forEach(unknown::add);
        return unknown;
    }

    /** {@code "GET    /api/…"} and {@code "GET /api/…"} name the same operation. */
    static String normalised(String operation) {
        return operation.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, String> evaluate(Map<String, Function<Tenant, String>> values, Tenant tenant) {
        Map<String, String> evaluated = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> evaluated.put(name, value.apply(tenant)));
        }
        return evaluated;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
