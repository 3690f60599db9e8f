import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run: a network of its own, the workload through the API, one fault injected when a random share (10–60 %) of
 * the jobs is done, then the wait until the system has settled and the comparison of what was accepted with what
 * every service holds.
 */
final class Run {

    static final Duration SETTLING_LIMIT = Duration.ofSeconds(300);
    private static final int ENGAGEMENT_MANAGEMENT_PORT = 9084;

    /** What one run found. {@code secondsToSettle} is empty if the system did not settle within the limit. */
    record Result(Fault fault, int number, long seed, String network, long events, long republished, int requests,
            int inDoubt, List<Verification.Comparison> comparisons, int deadLetters, long redelivered,
            OptionalDouble secondsToSettle, String failure) {

        int lost() {
            return comparisons.stream().mapToInt(Verification.Comparison::lost).sum();
        }

        int unexpected() {
            return comparisons.stream().mapToInt(Verification.Comparison::unexpected).sum();
        }

        int duplicated() {
            return comparisons.stream().mapToInt(Verification.Comparison::duplicated).sum();
        }

        boolean passed() {
            return failure == null && lost() == 0 && unexpected() == 0 && duplicated() == 0 && deadLetters == 0
                    && secondsToSettle.isPresent();
        }
    }

    private final LocalSystem system;
    private final Fault fault;
    private final int number;
    private final long seed;
    private final int events;

    Run(LocalSystem system, Fault fault, int number, long seed, int events) {
        this.system = system;
        this.fault = fault;
        this.number = number;
        this.seed = seed;
        this.events = events;
    }

    Result execute() throws Exception {
        Random random = new Random(seed);
        // A network of its own each time, also when a seed is run again.
        String network = "faults-" + Long.toHexString(System.currentTimeMillis());
        Tally tally = new Tally();
        Accepted accepted = new Accepted();
        System.out.printf("%n== %s, run %d (seed %d, network %s): %s%n", fault.key, number, seed, network, fault.description);
        String operatorToken = system.token("-", "operator");
        Client operator = new Client(operatorToken, tally);
        operator.idempotent("POST", "http://127.0.0.1:8081/api/v1/networks", Json.object("id", network,
                "name", "Fehlertest " + network, "timeZone", "Europe/Berlin", "defaultLanguage", "de"));
        Client coordinator = new Client(system.token(network, "coordinator"), tally);
        Urls urls = new Urls(network);
        Workload workload = new Workload(coordinator, urls, random.nextLong(), accepted, tally);
        long redeliveredBefore = redelivered();
        try (Settling settling = new Settling(new Client(operatorToken, new Tally()))) {
            fault.prepare(system);
            int memberships = workload.setUp(Math.max(20, Math.min(60, events / 150)));
            awaitReplicas(network, accepted.partners.size(), memberships);
            int jobs = workload.plan(events);
            int moment = (int) Math.ceil(jobs * (0.1 + 0.5 * random.nextDouble()));
            System.out.printf("  set up: %d partners, %d memberships; %d jobs, the fault after job %d%n",
                    accepted.partners.size(), memberships, jobs, moment);
            AtomicReference<Throwable> faultFailed = new AtomicReference<>();
            AtomicLong faultEnded = new AtomicLong();
            Thread injection = Thread.ofPlatform().name("fault").daemon(true).start(() -> {
                try {
                    while (tally.jobsDone() < moment) {
                        Thread.sleep(20);
                    }
                    System.out.printf("  fault at job %d: %s%n", tally.jobsDone(), fault.description);
                    fault.inject(system);
                    faultEnded.set(System.nanoTime());
                    System.out.printf("  fault over at job %d%n", tally.jobsDone());
                } catch (InterruptedException e) {
                    // The workload ended before the fault's moment: nothing was injected.
                } catch (Throwable e) {
                    faultFailed.set(e);
                }
            });
            long started = System.nanoTime();
            try {
                workload.run();
            } finally {
                // A fault begun is ended (the broker thawed, the service restarted) before anything else happens.
                if (tally.jobsDone() < moment) {
                    injection.interrupt();
                }
                injection.join();
            }
            System.out.printf("  workload done: %d requests in %.0f s, %d creates in doubt%n", tally.requests(),
                    (System.nanoTime() - started) / 1e9, tally.inDoubt());
            if (faultFailed.get() != null) {
                throw new IllegalStateException("the fault could not be injected: " + faultFailed.get().getMessage(), faultFailed.get());
            }
            OptionalDouble settled = settling.await(SETTLING_LIMIT);
            System.out.printf("  settled (every outbox empty, every lag 0, every partner assessed): %s%n",
                    settled.isPresent() ? "%.1f s after the fault and the workload ended".formatted(settled.getAsDouble())
                            : "NOT within " + SETTLING_LIMIT.toSeconds() + " s: " + settling.waiting());
            Verification verification = new Verification(network);
            List<Verification.Comparison> comparisons = new ArrayList<>(verification.producers(accepted));
            comparisons.addAll(verification.consumers());
            comparisons.add(verification.ledgers(coordinator, urls, accepted.partners));
            long[] published = verification.publishedEvents();
            long redeliveredAfter = redelivered();
            return new Result(fault, number, seed, network, published[0], published[1] - published[0], tally.requests(),
                    tally.inDoubt(), comparisons, verification.deadLetters(),
                    redeliveredAfter >= redeliveredBefore ? redeliveredAfter - redeliveredBefore : redeliveredAfter,
                    settled, null);
        } catch (Exception e) {
            fault.cleanUp(system);
            return new Result(fault, number, seed, network, 0, 0, tally.requests(), tally.inDoubt(), List.of(), 0, 0,
                    OptionalDouble.empty(), String.valueOf(e.getMessage()));
        }
    }

    /** Events engagement-service received again and skipped by their id (its counter since its start). */
    private long redelivered() {
        return Math.round(system.counter(ENGAGEMENT_MANAGEMENT_PORT, "netzwerk_events_duplicates_total"));
    }

    /** Meetings and tasks name partners and groups the other services learn of from partner-events: wait for them. */
    private static void awaitReplicas(String network, int partners, int memberships) throws SQLException {
        long deadline = System.nanoTime() + Client.PATIENCE.toNanos();
        while (LocalSystem.count("meeting", "select count(*) from group_member where network_id = ?", network) < memberships
                || LocalSystem.count("task", "select count(*) from partner where network_id = ?", network) < partners) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("meeting- and task-service did not learn the network's partners in time");
            }
            Fault.sleep(200);
        }
    }

}
