package de.netzwerk.infra.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One table per service: what each role gets from each operation. The harness fails if the table misses an
 * operation of the document or names one it no longer has, then calls every operation as every role with the
 * fixture's objects of network A and compares.
 *
 * <pre>{@code
 * RoleMatrix.table()
 *         //                                               coordinator  member     integration  operator  no token
 *         .row("GET /api/v1/networks/{networkId}",          ALLOWED,     ALLOWED,   ALLOWED,     HIDDEN,   UNAUTHENTICATED)
 *         .verify(document, fixture);
 * }</pre>
 *
 * <p>Within an operation the roles call from the weakest to the strongest, and reads come before writes and
 * deletions last, so that a refused call cannot spoil the objects an allowed one needs; an operation that uses
 * its object up gets a fresh one per call through {@link ApiFixture#objects}.
 */
public final class RoleMatrix {

    /** The order of a row's outcomes. */
    public static final List<Role> COLUMNS = List.of(Role.COORDINATOR, Role.MEMBER, Role.INTEGRATION, Role.OPERATOR, Role.ANONYMOUS);

    private static final List<Role> CALLING_ORDER = List.of(Role.ANONYMOUS, Role.OPERATOR, Role.INTEGRATION, Role.MEMBER, Role.COORDINATOR);
    private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "PATCH", "DELETE");

    private final Map<String, Map<Role, Outcome>> rows = new LinkedHashMap<>();

    private RoleMatrix() {
    }

    public static RoleMatrix table() {
        return new RoleMatrix();
    }

    public RoleMatrix row(String operation, Outcome coordinator, Outcome member, Outcome integration, Outcome operator,
            Outcome anonymous) {
        String key = ApiFixture.normalised(operation);
        if (rows.containsKey(key)) {
            throw new IllegalArgumentException("The role matrix names " + key + " twice");
        }
        Map<Role, Outcome> outcomes = new EnumMap<>(Role.class);
        List<Outcome> given = List.of(coordinator, member, integration, operator, anonymous);
        for (int i = 0; i < COLUMNS.size(); i++) {
            outcomes.put(COLUMNS.get(i), given.get(i));
        }
        rows.put(key, outcomes);
        return this;
    }

    public void verify(OpenApiDocument document, ApiFixture fixture) {
        checkCompleteness(document);
        Findings findings = new Findings("Role matrix");
        fixture.unknownOperations(document).forEach(name -> findings.add(name + ": named by the fixture, not in the document"));
        Calls calls = new Calls(document, fixture);
        int cases = 0;
        List<ApiOperation> operations = new ArrayList<>(document.operations());
        operations.sort(Comparator.comparingInt(operation -> METHOD_ORDER.indexOf(operation.method())));
        for (ApiOperation operation : operations) {
            for (Role role : CALLING_ORDER) {
                Outcome expected = rows.get(operation.key()).get(role);
                cases++;
                try {
                    ApiResponse response = calls.valid(operation, calls.prepare(operation, fixture.a()), role).send();
                    if (!expected.matches(response.status())) {
                        findings.add(operation.key() + " as " + role.label() + ": expected " + expected + ", got " + response.describe());
                    }
                } catch (CannotBuildCall e) {
                    findings.add(operation.key() + " as " + role.label() + ": cannot build a call, " + e.getMessage());
                }
            }
        }
        fixture.settle();
        System.out.printf("Role matrix: %d operations, %d cases run, %d findings%n", operations.size(), cases, findings.count());
        findings.assertNone();
    }

    private void checkCompleteness(OpenApiDocument document) {
        Set<String> documented = new TreeSet<>();
        document.operations().forEach(operation -> documented.add(operation.key()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows.keySet());
        Set<String> stale = new TreeSet<>(rows.keySet());
        stale.removeAll(documented);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            StringBuilder message = new StringBuilder("The role matrix does not match the OpenAPI document.");
            missing.forEach(key -> message.append("\n  missing row: ").append(key));
            stale.forEach(key -> message.append("\n  row for an operation the document does not have: ").append(key));
            throw new AssertionError(message.toString());
        }
    }
}
