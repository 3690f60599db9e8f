import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a run's findings as it ends, and the table per fault kind at the end. */
final class Report {

    private Report() {
    }

    static void details(Run.Result result) {
        if (result.failure() != null) {
            System.out.printf("  RUN FAILED: %s%n", result.failure());
            return;
        }
        System.out.printf("  %,d events of the network published (%,d of them twice), %,d redelivered to engagement-service"
                + " and skipped; %d dead letters%n", result.events(), result.republished(), result.redelivered(), result.deadLetters());
        for (Verification.Comparison comparison : result.comparisons()) {
            boolean clean = comparison.lost() + comparison.unexpected() + comparison.duplicated() == 0;
            System.out.printf("  %-4s %-26s %-15s %6d expected, %d lost, %d duplicated, %d unexpected%n", clean ? "ok" : "BAD",
                    comparison.consumer(), comparison.name(), comparison.expected(), comparison.lost(), comparison.duplicated(),
                    comparison.unexpected());
            comparison.examples().forEach(example -> System.out.println("         e.g. " + example));
        }
    }

    static void table(List<Run.Result> results) {
        Map<Fault, List<Run.Result>> byFault = results.stream()
                .collect(Collectors.groupingBy(Run.Result::fault, LinkedHashMap::new, Collectors.toList()));
        System.out.printf("%n%-17s %4s %8s %5s %10s %10s %12s %9s %11s %10s %14s%n", "fault", "runs", "events", "lost",
                "duplicated", "unexpected", "dead letters", "in doubt", "redelivered", "not run", "max s to lag 0");
        byFault.forEach((fault, runs) -> {
            List<Run.Result> ran = runs.stream().filter(run -> run.failure() == null).toList();
            boolean unsettled = ran.stream().anyMatch(run -> run.secondsToSettle().isEmpty());
            double slowest = ran.stream().filter(run -> run.secondsToSettle().isPresent())
                    .mapToDouble(run -> run.secondsToSettle().getAsDouble()).max().orElse(Double.NaN);
            System.out.printf("%-17s %4d %8d %5d %10d %10d %12d %9d %11d %10d %14s%n", fault.key, runs.size(),
                    ran.stream().mapToLong(Run.Result::events).sum(), ran.stream().mapToInt(Run.Result::lost).sum(),
                    ran.stream().mapToInt(Run.Result::duplicated).sum(), ran.stream().mapToInt(Run.Result::unexpected).sum(),
                    ran.stream().mapToInt(Run.Result::deadLetters).sum(), ran.stream().mapToInt(Run.Result::inDoubt).sum(),
                    ran.stream().mapToLong(Run.Result::redelivered).sum(), runs.size() - ran.size(),
                    unsettled ? "NOT SETTLED" : Double.isNaN(slowest) ? "-" : "%.1f".formatted(slowest));
        });
        System.out.println("lost: accepted but missing or older at a service; duplicated: held twice; unexpected: held but never"
                + " accepted; in doubt: creates whose answer was lost (decided by the producer's database);"
                + " redelivered: events engagement-service received again and skipped by id.");
    }
}
