import org.postgresql.PGConnection;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the deadline clock of a running task-service instance over N open tasks.
 *
 * <p>Seeds N open, assigned tasks in one transaction (so that one scan finds them all): a third due within the
 * next 3 days (one task-due-soon each), a third 1–13 days overdue (one task-overdue), a third 14 or more days
 * overdue (task-overdue and its escalation). Then it waits until every notice is recorded and every event has
 * left the outbox (acknowledged by Kafka), and reads the scan's duration from the service's own timer on
 * /q/metrics. Run it through deploy/local/bench/deadline-clock, which starts the instance against a database
 * of its own.
 */
public class DeadlineClockBench {

    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");
    private static final int PARTNERS = 2_000;
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String serviceUrl;
    /** Readiness and metrics are on the instance's management port (bench.management-url). */
    private final String management = System.getProperty("bench.management-url", "http://127.0.0.1:29083");

    DeadlineClockBench(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: DeadlineClockBench JDBC_URL USER PASSWORD SERVICE_URL N   (run it through deploy/local/bench/deadline-clock)");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            new DeadlineClockBench(args[3]).run(db, Integer.parseInt(args[4]));
        }
    }

    void run(Connection db, int n) throws Exception {
        awaitReady();
        db.setAutoCommit(false);
        long seedStarted = System.nanoTime();
        long expectedNotices = seed(db, n);
        double scansBefore = metric("netzwerk_deadline_clock_scan_seconds_count");
        db.commit();
        long committed = System.nanoTime();
        System.out.printf("seeded %,d open tasks (%,d partners) in %.1f s; %,d notices due%n", n, PARTNERS,
                (committed - seedStarted) / 1e9, expectedNotices);
        db.setAutoCommit(true);

        awaitCount(db, "select count(*) from deadline_notice", expectedNotices);
        long noticed = System.nanoTime();
        awaitCount(db, "select count(*) from outbox_event", 0);
        long published = System.nanoTime();
        while (metric("netzwerk_deadline_clock_scan_seconds_count") <= scansBefore) {
            Thread.sleep(100);
        }
        double scanSeconds = metric("netzwerk_deadline_clock_scan_seconds_max");

        double quietScan = quietScanSeconds();
        System.out.printf("one scan claiming all of them:    %.2f s, %,.0f notices/s (outbox rows written by the clock)%n",
                scanSeconds, expectedNotices / scanSeconds);
        System.out.printf("commit of the seed -> all noticed: %.2f s%n", (noticed - committed) / 1e9);
        System.out.printf("commit of the seed -> all on Kafka: %.2f s, %,.0f events/s published (acknowledged, outbox empty)%n",
                (published - committed) / 1e9, expectedNotices / ((published - committed) / 1e9));
        System.out.printf("a scan with nothing due over the same %,d open tasks: %.1f ms%n", n, quietScan * 1000);
    }

    /** Every row in one COPY: the scan must not see half of them. */
    private long seed(Connection db, int n) throws SQLException, java.io.IOException {
        LocalDate today = LocalDate.now(NETWORK_ZONE);
        List<UUID> partners = new ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            partners.add(UUID.randomUUID());
        }
        String createdAt = OffsetDateTime.now(NETWORK_ZONE).toString();
        StringBuilder rows = new StringBuilder(n * 140);
        long notices = 0;
        for (int i = 0; i < n; i++) {
            LocalDate due = switch (i % 3) {
                case 0 -> today.plusDays(i % 4);
                case 1 -> today.minusDays(1 + i % 13);
                default -> today.minusDays(14 + i % 30);
            };
            notices += i % 3 == 2 ? 2 : 1;
            rows.append(UUID.randomUUID()).append(",bench,Paket ").append(i).append(',')
                    .append(partners.get(i % PARTNERS)).append(',').append(due).append(",OPEN,")
                    .append(createdAt).append(',').append(createdAt).append(",0\n");
        }
        // A task can be owned only by a partner task-service knows in the task's network.
        StringBuilder owners = new StringBuilder(PARTNERS * 60);
        partners.forEach(partner -> owners.append("bench,").append(partner).append(",ACTIVE,{},0\n"));
        db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy partner (network_id, id, status, expertise, profile_version) from stdin (format csv)",
                new StringReader(owners.toString()));
        db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy task (id, network_id, title, assignee_id, due_date, status, created_at, updated_at, version)"
                        + " from stdin (format csv)",
                new StringReader(rows.toString()));
        return notices;
    }

    /** The mean duration of the next three scans, which find nothing left to do. */
    private double quietScanSeconds() throws Exception {
        double count = metric("netzwerk_deadline_clock_scan_seconds_count");
        double sum = metric("netzwerk_deadline_clock_scan_seconds_sum");
        while (metric("netzwerk_deadline_clock_scan_seconds_count") < count + 3) {
            Thread.sleep(200);
        }
        double laterCount = metric("netzwerk_deadline_clock_scan_seconds_count");
        return (metric("netzwerk_deadline_clock_scan_seconds_sum") - sum) / (laterCount - count);
    }

    private static void awaitCount(Connection db, String query, long expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(query)) {
                result.next();
                if (result.getLong(1) == expected) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(query + " is " + result.getLong(1) + ", expected " + expected);
                }
            }
            Thread.sleep(50);
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // The instance is still starting.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("task-service at " + serviceUrl + " was not ready within 3 minutes");
            }
            Thread.sleep(500);
        }
    }

    /** A value from /q/metrics; 0 before it is first recorded. */
    private double metric(String name) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(management + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher value = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
