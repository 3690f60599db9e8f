package de.netzwerk.infra.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves that network A cannot reach network B's data, on every operation of the document whose path names a
 * network. A's caller (its coordinator, or the strongest role the operation allows) tries:
 * <ol>
 * <li>B's network and objects in the path: must answer 404, as a network that does not exist;</li>
 * <li>A's network with one of B's objects in the path: 404, 403 or 422;</li>
 * <li>A's network and objects, with one reference field of the body (a UUID, found through the schema) naming
 *     B's object of that kind: 404, 403 or 422 (a 422 must name the field);</li>
 * <li>A's network with a UUID query parameter naming B's object: refused like the above, or answered without
 *     a trace of B's objects.</li>
 * </ol>
 * Every successful answer must not mention B's objects. Afterwards B's data, read by B's coordinator through the
 * fixture's snapshot paths, must read exactly as before.
 */
public final class TenantIsolation {

    private static final Set<Integer> REFUSALS = Set.of(403, 404, 422);

    private final OpenApiDocument document;
    private final ApiFixture fixture;
    private final Calls calls;
    private final Findings findings = new Findings("Tenant isolation");
    private int callsMade;

    private TenantIsolation(OpenApiDocument document, ApiFixture fixture) {
        this.document = document;
        this.fixture = fixture;
        this.calls = new Calls(document, fixture);
    }

    public static void verify(OpenApiDocument document, ApiFixture fixture) {
        new TenantIsolation(document, fixture).run();
    }

    private void run() {
        fixture.unknownOperations(document).forEach(name -> findings.add(name + ": named by the fixture, not in the document"));
        List<ApiOperation> covered = document.operations().stream().filter(ApiOperation::inNetwork).toList();
        // B's objects for every operation exist before B's data is first read: preparing them is not an attack.
        Map<ApiOperation, Tenant> others = new HashMap<>();
        for (ApiOperation operation : covered) {
            try {
                others.put(operation, calls.prepare(operation, fixture.b()));
            } catch (CannotBuildCall e) {
                findings.add(operation.key() + ": cannot prepare network B's objects, " + e.getMessage());
            }
        }
        fixture.settle();
        Snapshot before = Snapshot.read(fixture, fixture.b());
        for (ApiOperation operation : covered) {
            Tenant b = others.get(operation);
            if (b == null) {
                continue;
            }
            try {
                otherNetworkInPath(operation, b);
                otherObjectsInPath(operation, b);
                otherObjectsInBody(operation, b);
                otherObjectsInQuery(operation, b);
            } catch (CannotBuildCall e) {
                findings.add(operation.key() + ": cannot build a call, " + e.getMessage());
            }
        }
        fixture.settle();
        try {
            findings.addAll(before.differencesTo(Snapshot.read(fixture, fixture.b())).stream()
                    .map(difference -> "network B's data changed: " + difference).toList());
        } catch (IllegalStateException e) {
            findings.add("network B's data no longer reads as before: " + e.getMessage());
        }
        System.out.printf("Tenant isolation: %d operations covered, %d calls made, %d findings, B's data read through %d paths%n",
                covered.size(), callsMade, findings.count(), before.size());
        findings.assertNone();
    }

    /** (a) B's network and B's objects: A's caller must find nothing there. */
    private void otherNetworkInPath(ApiOperation operation, Tenant b) {
        ApiCall call = calls.valid(operation, b, operation.caller()).withBearer(fixture.a().token(operation.caller()));
        ApiResponse response = send(call);
        if (response.status() != 404) {
            findings.add(operation.key() + " with network B in the path answered " + response.describe() + " instead of 404");
        }
    }

    /** (b) A's network with one of B's objects in the path. */
    private void otherObjectsInPath(ApiOperation operation, Tenant b) {
        for (ApiParameter parameter : operation.objectParameters()) {
            Tenant a = calls.prepare(operation, fixture.a());
            String foreign = calls.pathValue(parameter, b);
            ApiCall call = calls.valid(operation, a, operation.caller())
                    .withPath(calls.path(operation, a, Map.of(parameter.name(), foreign)));
            expectRefused(operation, "B's " + parameter.name() + " in the path", call, null);
        }
    }

    /** (c) A's network and objects, one reference field of the body naming B's object. */
    private void otherObjectsInBody(ApiOperation operation, Tenant b) {
        for (ReferenceField field : ReferenceField.in(operation.requestBody(), document)) {
            Tenant a = calls.prepare(operation, fixture.a());
            String foreign = b.id(fixture.kindOf(field.name(), b));
            JsonNode body = field.inject(calls.body(operation, a), foreign, calls.examples(), a);
            ApiCall call = calls.valid(operation, a, operation.caller())
                    .withBody(ApiCall.JSON, Json.write(body).getBytes(StandardCharsets.UTF_8));
            expectRefused(operation, "B's " + field.name() + " in body field " + field.display(), call, field);
        }
    }

    /** (d) A UUID query parameter naming B's object: refused, or answered without B's objects. */
    private void otherObjectsInQuery(ApiOperation operation, Tenant b) {
        for (ApiParameter parameter : operation.queryParameters()) {
            if (!parameter.isUuid()) {
                continue;
            }
            Tenant a = calls.prepare(operation, fixture.a());
            String foreign = b.id(fixture.kindOf(parameter.name(), b));
            ApiCall call = calls.valid(operation, a, operation.caller()).withQuery(parameter.name(), foreign);
            ApiResponse response = send(call);
            if (!REFUSALS.contains(response.status()) && !response.isSuccess()) {
                findings.add(operation.key() + " with B's " + parameter.name() + " in the query answered " + response.describe());
            }
        }
    }

    private void expectRefused(ApiOperation operation, String what, ApiCall call, ReferenceField field) {
        ApiResponse response = send(call);
        if (!REFUSALS.contains(response.status())) {
            findings.add(operation.key() + " with " + what + " answered " + response.describe() + " instead of 404, 403 or 422");
        } else if (response.status() == 422 && field != null && !namesField(response.problemFields(), field)) {
            findings.add(operation.key() + " with " + what + " answered 422 without naming " + field.display()
                    + " in errors[].field: " + response.describe());
        }
    }

    /** Sends the call; an answer that shows one of B's objects the call did not name itself is a leak. */
    private ApiResponse send(ApiCall call) {
        callsMade++;
        ApiResponse response = call.send();
        if (response.isSuccess()) {
            String request = call.url() + " " + call.bodyText();
            for (String foreign : fixture.b().ids().values()) {
                if (response.body().contains(foreign) && !request.contains(foreign)) {
                    findings.add(call.describe() + " answered " + response.status() + " showing network B's object " + foreign);
                }
            }
        }
        return response;
    }

    /** A problem names the field if one of its fields is the field's path, or a path on the way to it or below it. */
    private static boolean namesField(List<String> fields, ReferenceField field) {
        String path = field.display();
        return fields.stream().anyMatch(named -> !named.isEmpty()
                && (named.equals(path) || path.startsWith(named + ".") || path.startsWith(named + "[")
                        || named.startsWith(path + ".") || named.startsWith(path + "[") || named.equals(field.name())));
    }
}
