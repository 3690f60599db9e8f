import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fault-injection runs of deploy/local/faults: for each fault kind asked for, RUNS runs of the workload with that
 * fault injected once, then a table per fault kind of what was lost, duplicated or unexpected, the valid events sent to
 * a dead-letter topic, and the longest time until every outbox was empty and every consumer's lag 0 again. Exits 1 if
 * any run lost, duplicated or invented anything, dead-lettered a valid event, did not settle, or could not run.
 */
public class Faults {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "1"));
        int events = Integer.parseInt(options.getOrDefault("events", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(new Random().nextInt(1_000_000))));
        List<Fault> faults = Arrays.stream(options.getOrDefault("faults",
                        String.join(",", Arrays.stream(Fault.values()).map(fault -> fault.key).toList())).split(","))
                .map(Fault::of).toList();
        LocalSystem system = new LocalSystem(Path.of(System.getProperty("faults.local-dir")));
        System.out.printf("Fault-injection runs: %s, %d run(s) each, about %,d events per run, seed %d%n",
                faults.stream().map(fault -> fault.key).toList(), runs, events, seed);
        System.out.printf("(again with: deploy/local/faults --runs %d --events %d --seed %d --faults %s)%n", runs, events, seed,
                String.join(",", faults.stream().map(fault -> fault.key).toList()));
        List<Run.Result> results = new ArrayList<>();
        Random seeds = new Random(seed);
        for (Fault fault : faults) {
            for (int number = 1; number <= runs; number++) {
                Run.Result result = new Run(system, fault, number, seeds.nextLong(), events).execute();
                Report.details(result);
                results.add(result);
            }
        }
        Report.table(results);
        boolean passed = results.stream().allMatch(Run.Result::passed);
        System.out.println(passed ? "faults: PASSED — nothing lost, duplicated or unexpected; every run settled"
                : "faults: FAILED (see the runs above)");
        System.exit(passed ? 0 : 1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!List.of("--runs", "--events", "--seed", "--faults").contains(name) || i + 1 == args.length) {
                System.err.println("usage: deploy/local/faults [--runs N] [--events N] [--seed S] [--faults "
                        + String.join(",", Arrays.stream(Fault.values()).map(fault -> fault.key).toList()) + "]");
                System.exit(2);
            }
            options.put(name.substring(2), args[++i]);
        }
        return options;
    }
}
