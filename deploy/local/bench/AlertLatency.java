import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final String PARTNER_SERVICE = "http://127.0.0.1:8081/api/v1/networks/%s";
    private static final String MEETINGS = "http://127.0.0.1:8082/api/v1/networks/%s/meetings";
    private static final String ALERTS = "http://127.0.0.1:8084/api/v1/networks/%s/alerts?partnerId=%s";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

    /** meeting-service knows a network's groups and partners from partner-service's events, a moment later. */
    private static final Duration REPLICATION_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String network;
    private final String token;
    private final String operatorToken;
    /** The attendance's ETag per meeting, as the last change answered it. */
    private final Map<String, String> attendanceTags = new java.util.concurrent.ConcurrentHashMap<>();

    AlertLatency(String network, String token, String operatorToken) {
        this.network = network;
        this.token = token;
        this.operatorToken = operatorToken;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4) {
            new AlertLatency(args[0], args[1], args[2]).run(Integer.parseInt(args[3]));
        } else if (args.length == 5) {
            new AlertLatency(args[0], args[1], args[2]).runAtRate(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else {
            System.err.println("usage: AlertLatency NETWORK TOKEN OPERATOR_TOKEN (N | RATE SECONDS)   (run it through deploy/local/bench/alert-latency)");
            System.exit(2);
        }
    }

    /** Absences a second one meeting's lane records: its attendance changes one after the other. */
    private static final int PER_LANE = 4;
    /** How many ids an invitation or a first round of absences names at once: an invitation names at most 200 guests. */
    private static final int CHUNK = 200;

    void runAtRate(int rate, int seconds) throws Exception {
        int n = rate * seconds;
        int lanes = Math.max(1, (rate + PER_LANE - 1) / PER_LANE);
        createNetwork();
        String group = create(PARTNER_SERVICE.formatted(network) + "/groups", "{\"kind\":\"WORKING\",\"name\":\"Benchmark\"}");
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            partners.add(create(PARTNER_SERVICE.formatted(network) + "/partners",
                    "{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"Benchmark " + i + "\"}"));
        }
        String earlier = pastMeeting(group, 14);
        for (List<String> chunk : chunks(partners)) {
            invite(earlier, chunk);
        }
        for (List<String> chunk : chunks(partners)) {
            recordAbsences(earlier, chunk);
        }
        // Lane l records the second absences of partners l, l + lanes, …, each invited to the lane's meeting only.
        List<String> meetings = new ArrayList<>();
        List<List<String>> laneOf = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            String meeting = pastMeeting(group, 7);
            List<String> own = new ArrayList<>();
            for (int i = lane; i < n; i += lanes) {
                own.add(partners.get(i));
            }
            for (List<String> chunk : chunks(own)) {
                invite(meeting, chunk);
            }
            readAttendanceTag(meeting);
            meetings.add(meeting);
            laneOf.add(own);
        }
        System.out.printf("network %s: %d partners, %d lanes; %d absences a second for %d s%n", network, n, lanes, rate,
                seconds);

        Map<String, java.time.Instant> answered = new java.util.concurrent.ConcurrentHashMap<>();
        List<Double> requestMillis = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime() + 200_000_000L;
        List<Thread> senders = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            String meeting = meetings.get(lane);
            List<String> own = laneOf.get(lane);
            long offset = lane * 1_000_000_000L / rate;
            senders.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < own.size(); i++) {
                    long due = start + offset + i * 1_000_000_000L * lanes / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    try {
                        long sent = System.nanoTime();
                        recordAbsences(meeting, List.of(own.get(i)));
                        answered.put(own.get(i), java.time.Instant.now());
                        requestMillis.add((System.nanoTime() - sent) / 1e6);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double sendingSeconds = (System.nanoTime() - start) / 1e9;
        long sendingEnded = System.nanoTime();
        long deadline = sendingEnded + Duration.ofMinutes(5).toNanos();
        while (alertCount() < n && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double drainSeconds = (System.nanoTime() - sendingEnded) / 1e9;
        // An alert's raisedAt is when engagement-service committed it, by the same clock as the answers here.
        Map<String, java.time.Instant> raised = raisedAlerts();
        List<Double> alertMillis = new ArrayList<>();
        for (Map.Entry<String, java.time.Instant> entry : answered.entrySet()) {
            java.time.Instant at = raised.get(entry.getKey());
            if (at != null) {
                alertMillis.add(Math.max(0, Duration.between(entry.getValue(), at).toNanos()) / 1e6);
            }
        }
        System.out.printf("%d absences sent in %.1f s (%.0f a second); %d alerts raised, the last %.1f s after the last absence%n",
                answered.size(), sendingSeconds, answered.size() / sendingSeconds, alertMillis.size(), drainSeconds);
        report("absence recorded (PUT attendance)   ", requestMillis);
        report("response -> alert raised (committed)", alertMillis);
        if (alertMillis.size() < n) {
            System.out.printf("MISSING: %d alerts not raised within 5 minutes%n", n - alertMillis.size());
            System.exit(1);
        }
    }

    private int alertCount() throws Exception {
        Matcher total = Pattern.compile("\"totalItems\":(\\d+)").matcher(send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:8084/api/v1/networks/%s/alerts?size=1".formatted(network))).GET()));
        return total.find() ? Integer.parseInt(total.group(1)) : 0;
    }

    /** Each partner's absence-streak alert and when it was raised, read page by page. */
    private Map<String, java.time.Instant> raisedAlerts() throws Exception {
        Pattern alert = Pattern.compile(
                "\"partnerId\":\"([^\"]+)\"[^}]*?\"rule\":\"ABSENCE_STREAK\"[^}]*?\"raisedAt\":\"([^\"]+)\"");
        Map<String, java.time.Instant> raised = new HashMap<>();
        for (int page = 0; ; page++) {
            String body = send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:8084/api/v1/networks/%s/alerts?size=100&page=%d".formatted(network, page))).GET());
            Matcher found = alert.matcher(body);
            int before = raised.size();
            while (found.find()) {
                raised.putIfAbsent(found.group(1), java.time.Instant.parse(found.group(2)));
            }
            if (raised.size() == before) {
                return raised;
            }
        }
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    void run(int n) throws Exception {
        createNetwork();
        String group = create(PARTNER_SERVICE.formatted(network) + "/groups", "{\"kind\":\"WORKING\",\"name\":\"Benchmark\"}");
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            partners.add(create(PARTNER_SERVICE.formatted(network) + "/partners",
                    "{\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\",\"name\":\"Benchmark " + i + "\"}"));
        }
        String earlier = pastMeeting(group, 14);
        String later = pastMeeting(group, 7);
        invite(earlier, partners);
        invite(later, partners);
        recordAbsences(earlier, partners);
        readAttendanceTag(later);

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

    private void createNetwork() throws Exception {
        send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/api/v1/networks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"%s\",\"name\":\"Benchmark %s\"}".formatted(network, network))),
                operatorToken);
    }

    private String create(String url, String body) throws Exception {
        return idOf(send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token));
    }

    private String pastMeeting(String group, int daysAgo) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0);
        String body = """
                {"groupId":"%s","title":"Benchmark","startsAt":"%s","endsAt":"%s"}"""
                .formatted(group, start, start.plusHours(2));
        return idOf(onceReplicated(HttpRequest.newBuilder(URI.create(MEETINGS.formatted(network)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Attendance is recorded for invitees only: the partners are invited as guests, after the fact. */
    private void invite(String meeting, List<String> partners) throws Exception {
        String guests = String.join(",", partners.stream().map(partner -> "\"" + partner + "\"").toList());
        onceReplicated(HttpRequest.newBuilder(URI.create(MEETINGS.formatted(network) + "/" + meeting + "/invitations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"guests\":[" + guests + "]}")));
    }

    /** Sends the request again while meeting-service answers 422, until it knows the groups and partners named. */
    private String onceReplicated(HttpRequest.Builder request) throws Exception {
        long deadline = System.nanoTime() + REPLICATION_TIMEOUT.toNanos();
        while (true) {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() < 300) {
                return response.body();
            }
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
            }
            Thread.sleep(200);
        }
    }

    private static String idOf(String created) {
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("Unexpected answer creating something: " + created);
        }
        return id.group(1);
    }

    /**
     * Records absences with the attendance's ETag (If-Match), as a client does: read once, then the one each change
     * answers, so that the measured request is the PUT alone.
     */
    private void recordAbsences(String meeting, List<String> partners) throws Exception {
        String entries = String.join(",", partners.stream()
                .map(partner -> "{\"partnerId\":\"" + partner + "\",\"status\":\"ABSENT\"}").toList());
        String tag = attendanceTags.containsKey(meeting) ? attendanceTags.get(meeting) : readAttendanceTag(meeting);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(attendance(meeting))
                .header("Content-Type", "application/json").header("If-Match", tag)
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"entries\":[" + entries + "]}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + response.uri() + ": " + response.body());
        }
        attendanceTags.put(meeting, response.headers().firstValue("ETag").orElseThrow());
    }

    private String readAttendanceTag(String meeting) throws Exception {
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(attendance(meeting)).GET()
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String tag = read.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                read.statusCode() + " and no ETag from " + read.uri() + ": " + read.body()));
        attendanceTags.put(meeting, tag);
        return tag;
    }

    private URI attendance(String meeting) {
        return URI.create(MEETINGS.formatted(network) + "/" + meeting + "/attendance");
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, token);
    }

    private String send(HttpRequest.Builder request, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + bearer).build(),
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
