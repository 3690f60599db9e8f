package de.netzwerk.infra.api;

import net.jqwik.api.sessions.JqwikSession;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hostile input on every operation of the document, from the operation's strongest caller in network A: NUL
 * bytes and lone surrogates, huge texts, wrong JSON types, trailing garbage, duplicate keys, deep nesting, absurd
 * pages, dates, periods, zones and numbers, random ids, oversized bodies ({@link FuzzCases}). Values come from
 * jqwik arbitraries with a fixed seed (system property {@code netzwerk.fuzz.seed} to try another).
 *
 * <p>Asserted: no 5xx ever; every 4xx is {@code application/problem+json} whose {@code status} is the HTTP
 * status; input that is malformed or out of range is refused; and a refused write stores nothing: network A's
 * snapshot reads the same after it as before.
 */
public final class Fuzz {

    public static final long SEED = 20_261_203L;

    private final OpenApiDocument document;
    private final ApiFixture fixture;
    private final Calls calls;
    private final long seed;
    private final Findings findings = new Findings("Fuzz");
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int cases;
    private int serverErrors;

    private Fuzz(OpenApiDocument document, ApiFixture fixture, long seed) {
        this.document = document;
        this.fixture = fixture;
        this.calls = new Calls(document, fixture);
        this.seed = seed;
    }

    public static void verify(OpenApiDocument document, ApiFixture fixture) {
        new Fuzz(document, fixture, Long.getLong("netzwerk.fuzz.seed", SEED)).run();
    }

    private void run() {
        fixture.unknownOperations(document).forEach(name -> findings.add(name + ": named by the fixture, not in the document"));
        long started = System.nanoTime();
        JqwikSession.start();
        try {
            for (ApiOperation operation : document.operations()) {
                try {
                    fuzz(operation);
                } catch (CannotBuildCall e) {
                    findings.add(operation.key() + ": cannot build a call, " + e.getMessage());
                }
            }
        } finally {
            JqwikSession.finish();
        }
        System.out.printf("Fuzz: %d operations, %d cases, %d 5xx, %d findings, seed %d, %d s; answers by status %s%n",
                document.operations().size(), cases, serverErrors, findings.count(), seed,
                (System.nanoTime() - started) / 1_000_000_000L, statuses);
        findings.assertNone();
    }

    private void fuzz(ApiOperation operation) {
        List<FuzzCase> generated = generate(operation);
        Snapshot baseline = operation.isRead() ? null : settledSnapshot(operation, "before fuzzing");
        for (int i = 0; i < generated.size(); i++) {
            FuzzCase fuzzCase = generated.get(i);
            cases++;
            ApiResponse response = fuzzCase.call().send();
            judge(operation, fuzzCase, response);
            if (operation.isRead()) {
                continue;
            }
            if (response.isSuccess()) {
                // The accepted request may have used its object up (a cancelled meeting): go on with fresh ones,
                // and compare the refused requests to come with the data as it is now.
                generated = generate(operation);
                baseline = settledSnapshot(operation, "after " + fuzzCase.what());
            } else {
                Snapshot after = snapshot(operation, "after " + fuzzCase.what());
                if (baseline != null && after != null) {
                    baseline.differencesTo(after).forEach(difference -> findings.add(operation.key() + ": "
                            + fuzzCase.what() + " was refused with " + response.status() + " but stored: " + difference));
                }
                baseline = after;
            }
        }
    }

    /** The cases of an operation, the same on every run: their values depend on the seed and the operation only. */
    private List<FuzzCase> generate(ApiOperation operation) {
        Role caller = operation.inNetwork() ? operation.caller() : preferredOutsideNetworks(operation);
        HostileValues hostile = new HostileValues(seed ^ operation.key().hashCode());
        return FuzzCases.of(operation, calls.prepare(operation, fixture.a()), caller, calls, document, hostile);
    }

    /** Outside a network the operator is the one who acts (creating networks, replays), if the operation allows them. */
    private static Role preferredOutsideNetworks(ApiOperation operation) {
        return operation.roles().contains(Role.OPERATOR.label()) ? Role.OPERATOR : operation.caller();
    }

    private void judge(ApiOperation operation, FuzzCase fuzzCase, ApiResponse response) {
        String at = operation.key() + ": " + fuzzCase.what() + " answered ";
        statuses.merge(response.status(), 1, Integer::sum);
        if (response.isServerError()) {
            serverErrors++;
        }
        if (!fuzzCase.expectation().accepts(response.status())) {
            findings.add(at + response.describe() + " (expected " + fuzzCase.expectation().expected() + ")");
        } else if (response.isClientError()) {
            response.problemDefect().ifPresent(defect -> findings.add(at + response.status() + " but " + defect));
        }
    }

    /** A's data once what accepted writes and prepared objects set off in the background is done. */
    private Snapshot settledSnapshot(ApiOperation operation, String when) {
        fixture.settle();
        return snapshot(operation, when);
    }

    private Snapshot snapshot(ApiOperation operation, String when) {
        try {
            return Snapshot.read(fixture, fixture.a());
        } catch (IllegalStateException e) {
            findings.add(operation.key() + ": network A's data could not be read " + when + ": " + e.getMessage());
            return null;
        }
    }
}
