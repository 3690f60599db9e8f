import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;

/**
 * The faults a run can inject, one per run. {@link #prepare} runs before the workload, {@link #inject} at the run's
 * random moment; it returns once the fault is over (the broker, service or database back), which is when the
 * clock to "every consumer's lag 0" starts, unless the workload is still going.
 */
enum Fault {

    KAFKA_KILL("kafka-kill", "Kafka broker kill -9, restarted after 10 s") {
        @Override
        void inject(LocalSystem system) {
            system.run("kafka/broker", "kill");
            sleep(10_000);
            system.run("kafka/broker", "start");
        }
    },
    KAFKA_FREEZE("kafka-freeze", "Kafka broker frozen (SIGSTOP) 30 s, then SIGCONT") {
        @Override
        void inject(LocalSystem system) {
            // Stopped meanwhile (Ctrl-C, a CI time-out), the program must not leave the broker frozen.
            Thread thaw = new Thread(() -> system.run("kafka/broker", "thaw"));
            Runtime.getRuntime().addShutdownHook(thaw);
            system.run("kafka/broker", "freeze");
            try {
                sleep(30_000);
            } finally {
                system.run("kafka/broker", "thaw");
                Runtime.getRuntime().removeShutdownHook(thaw);
            }
        }
    },
    ENGAGEMENT_KILL("engagement-kill", "engagement-service kill -9 after a batch's commit, before its offsets; restarted") {
        @Override
        void prepare(LocalSystem system) {
            system.run("service", "stop", "engagement-service");
            system.run(Map.of(HOLD, "3s"), "service", "start", "engagement-service");
        }

        @Override
        void inject(LocalSystem system) {
            awaitLogLine(system, "engagement-service", HOLDING);
            system.run("service", "kill", "engagement-service");
            system.run(Map.of(HOLD, "0s"), "service", "start", "engagement-service");
        }

        @Override
        void cleanUp(LocalSystem system) {
            // A run that failed before its moment leaves the hold on: start the service as deploy/local/up does.
            if (system.output("service", "status", "engagement-service").contains("running")) {
                system.run("service", "stop", "engagement-service");
            }
            system.run(Map.of(HOLD, "0s"), "service", "start", "engagement-service");
        }
    },
    MEETING_KILL("meeting-kill", "meeting-service kill -9 with events waiting in its outbox; restarted") {
        @Override
        void inject(LocalSystem system) {
            awaitOutboxRows("meeting");
            system.run("service", "kill", "meeting-service");
            sleep(5_000);
            system.run("service", "start", "meeting-service");
        }
    },
    POSTGRES_RESTART("postgres-restart", "PostgreSQL restarted in immediate mode (every connection cut, crash recovery)") {
        @Override
        void inject(LocalSystem system) {
            system.run("postgres", "crash-restart");
        }
    },
    REBALANCE("rebalance", "a second engagement-service instance joins for 20 s and leaves (SIGTERM)") {
        @Override
        void inject(LocalSystem system) {
            system.run("service", "start", "engagement-service", "2");
            sleep(20_000);
            system.run("service", "stop", "engagement-service", "2");
        }
    };

    /** engagement-service's hold after a batch's commit (inbox/OffsetCommitHold), set through its environment. */
    private static final String HOLD = "NETZWERK_ENGAGEMENT_FAULTS_HOLD_AFTER_COMMIT";
    private static final String HOLDING = "Batch committed, its offsets not yet: holding";

    final String key;
    final String description;

    Fault(String key, String description) {
        this.key = key;
        this.description = description;
    }

    static Fault of(String key) {
        for (Fault fault : values()) {
            if (fault.key.equals(key)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("no fault '" + key + "'");
    }

    void prepare(LocalSystem system) {
    }

    abstract void inject(LocalSystem system);

    void cleanUp(LocalSystem system) {
    }

    /** Waits until the instance's log gets a line containing TEXT after now. */
    static void awaitLogLine(LocalSystem system, String instance, String text) {
        long from = system.logSize(instance);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (RandomAccessFile log = new RandomAccessFile(system.log(instance).toFile(), "r")) {
                log.seek(Math.min(from, log.length()));
                byte[] tail = new byte[(int) (log.length() - log.getFilePointer())];
                log.readFully(tail);
                if (new String(tail, StandardCharsets.UTF_8).contains(text)) {
                    return;
                }
            } catch (IOException e) {
                // The log is being rotated or recreated: look again.
            }
            sleep(50);
        }
        throw new IllegalStateException(instance + " logged no '" + text + "' within 120 s");
    }

    /** Waits (up to 30 s) until the service's outbox holds events not yet published. */
    static void awaitOutboxRows(String service) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (LocalSystem.count(service, "select count(*) from outbox_event") > 0) {
                    return;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the outbox of " + service + ": " + e.getMessage(), e);
            }
            sleep(20);
        }
        System.out.println("  (no events waited in the outbox of " + service + " within 30 s: killed anyway)");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
