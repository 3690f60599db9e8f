import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how long a coordinator waits, after recording an absence, until the alert it causes is visible.
 *
 * <p>For each of N partners one unexcused absence is recorded up front; then, one partner at a time, a second
 * absence is recorded through meeting-service and engagement-service's alerts are polled every 2 ms until
 * the partner's alert appears. The time from the HTTP response of the second absence to the first poll that
 * shows the alert covers the outbox relay, Kafka, the consumer and the API. Run against a started local system
 * (deploy/local/up): deploy/local/bench/alert-latency [N].
 */
public class AlertLatency {

    private static final String MEETINGS = "http://127.0.0.1:8082/api/v1/networks/%s/meetings";
    private static final String ALERTS = "http://127.0.0.1:8084/api/v1/networks/%s/alerts?partnerId=%s";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String network;
    private final String token;

    AlertLatency(String network, String token) {
        this.network = network;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AlertLatency NETWORK TOKEN N   (run it through deploy/local/bench/alert-latency)");
            System.exit(2);
        }
        new AlertLatency(args[0], args[1]).run(Integer.parseInt(args[2]));
    }

    void run(int n) throws Exception {
        String group = UUID.randomUUID().toString();
        String earlier = pastMeeting(group, 14);
        String later = pastMeeting(group, 7);
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            partners.add(UUID.randomUUID().toString());
        }
        invite(earlier, partners);
        invite(later, partners);
        recordAbsences(earlier, partners);

        List<Double> alertMillis = new ArrayList<>();
        List<Double> requestMillis = new ArrayList<>();
        long started = System.nanoTime();
        for (String partner : partners) {
            long sent = System.nanoTime();
            recordAbsences(later, List.of(partner));
            long answered = System.nanoTime();
            while (!send(HttpRequest.newBuilder(URI.create(ALERTS.formatted(network, partner))).GET())
                    .contains("ABSENCE_STREAK")) {
                Thread.sleep(2);
            }
            long visible = System.nanoTime();
            requestMillis.add((answered - sent) / 1e6);
            alertMillis.add((visible - answered) / 1e6);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("network %s, %d absences measured in %.1f s%n", network, n, seconds);
        report("absence recorded (PUT attendance)   ", requestMillis);
        report("response -> alert visible via API   ", alertMillis);
    }

    private String pastMeeting(String group, int daysAgo) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0);
        String body = """
                {"groupId":"%s","title":"Benchmark","startsAt":"%s","endsAt":"%s"}"""
                .formatted(group, start, start.plusHours(2));
        String created = send(HttpRequest.newBuilder(URI.create(MEETINGS.formatted(network)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("Unexpected answer creating a meeting: " + created);
        }
        return id.group(1);
    }

    /** Attendance is recorded for invitees only: the partners are invited as guests, after the fact. */
    private void invite(String meeting, List<String> partners) throws Exception {
        String guests = String.join(",", partners.stream().map(partner -> "\"" + partner + "\"").toList());
        send(HttpRequest.newBuilder(URI.create(MEETINGS.formatted(network) + "/" + meeting + "/invitations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"guests\":[" + guests + "]}")));
    }

    private void recordAbsences(String meeting, List<String> partners) throws Exception {
        String entries = String.join(",", partners.stream()
                .map(partner -> "{\"partnerId\":\"" + partner + "\",\"status\":\"ABSENT\"}").toList());
        send(HttpRequest.newBuilder(URI.create(MEETINGS.formatted(network) + "/" + meeting + "/attendance"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"entries\":[" + entries + "]}")));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        return response.body();
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms%n", what,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.getLast());
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
