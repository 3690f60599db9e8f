import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app beside its ceiling: each path measured through the API with wrk, then the same result produced by
 * PostgreSQL at its best with pgbench (the same rows read, or the same rows written into a copy of the schema), in one
 * run, on one machine, with the same number of connections. The ratio says how much of what the database could serve
 * the app serves; what is missing went to the app's own work (HTTP, JSON, security, the ORM, round trips).
 *
 * <p>Run it through {@code deploy/local/bench/ceilings} against a started local system.
 */
public class Ceilings {

    static final String PARTNERS = "http://127.0.0.1:8081/api/v1/networks/%s";
    static final String MEETINGS = "http://127.0.0.1:8082/api/v1/networks/%s/meetings";
    static final String TASKS = "http://127.0.0.1:8083/api/v1/networks/%s/tasks";
    static final String ALERTS = "http://127.0.0.1:8084/api/v1/networks/%s/alerts";
    static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
    static final Duration REPLICATION_TIMEOUT = Duration.ofSeconds(90);

    /** One path: what the app is asked (a wrk Lua script) and what PostgreSQL does for the same answer. */
    record Measured(String path, String kind, double appPerSecond, double appP99Millis, double ceilingPerSecond,
            double goal) {
        double ratio() {
            return appPerSecond / ceilingPerSecond;
        }
    }

    final HttpClient http = HttpClient.newHttpClient();
    final String network;
    final String token;
    final String operatorToken;
    final Settings settings;
    final Path work;

    record Settings(int partners, int connections, int seconds, int warmUpSeconds) {
    }

    Ceilings(String network, String token, String operatorToken, Settings settings) throws IOException {
        this.network = network;
        this.token = token;
        this.operatorToken = operatorToken;
        this.settings = settings;
        this.work = Files.createTempDirectory("netzwerk-ceilings");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: Ceilings NETWORK TOKEN OPERATOR_TOKEN PARTNERS CONNECTIONS SECONDS WARM_UP_SECONDS"
                    + "   (run it through deploy/local/bench/ceilings)");
            System.exit(2);
        }
        Settings settings = new Settings(Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        new Ceilings(args[0], args[1], args[2], settings).run();
    }

    void run() throws Exception {
        System.out.printf("ceilings: network %s, %d partners, %d connections, %d s per side after %d s warm-up%n",
                network, settings.partners, settings.connections, settings.seconds, settings.warmUpSeconds);
        Seed seed = seed();
        List<Measured> results = new ArrayList<>();
        results.add(partnerDirectoryPage());
        results.add(attendanceList(seed));
        results.add(membersTasks(seed));
        results.add(networkAlerts());
        results.add(partnerRegistration());
        report(results);
    }

    // --- the paths ---

    Measured partnerDirectoryPage() throws Exception {
        int pages = Math.max(1, settings.partners / 20);
        String app = readScript("/api/v1/networks/%s/partners?size=20&page=\" .. math.random(0, %d) .. \""
                .formatted(network, pages - 1));
        String sql = """
                \\set page random(0, %d)
                select p.*, array(select e.tag from partner_expertise e where e.partner_id = p.id order by e.tag) as expertise
                  from partner p where p.network_id = '%s' and p.status <> 'ERASED'
                 order by p.name, p.id limit 20 offset :page * 20;
                select count(*) from partner where network_id = '%s' and status <> 'ERASED';
                """.formatted(pages - 1, network, network);
        return measure("partner directory page (20 of %d, with total)".formatted(settings.partners), "read",
                "http://127.0.0.1:8081", app, "netzwerk_partner", sql, 0.5);
    }

    Measured attendanceList(Seed seed) throws Exception {
        String app = readScript("/api/v1/networks/%s/meetings/%s/attendance".formatted(network, seed.meeting));
        String sql = """
                select m.id, m.version from meeting m where m.network_id = '%s' and m.id = '%s';
                select a.partner_id, a.status, a.revision, a.recorded_at from attendance a
                 where a.meeting_id = '%s' order by a.partner_id;
                """.formatted(network, seed.meeting, seed.meeting);
        return measure("a meeting's attendance list (%d lines)".formatted(seed.attendees), "read",
                "http://127.0.0.1:8082", app, "netzwerk_meeting", sql, 0.5);
    }

    Measured membersTasks(Seed seed) throws Exception {
        String app = readScript("/api/v1/networks/%s/tasks?assigneeId=%s&size=20".formatted(network, seed.member));
        String sql = """
                select t.* from task t where t.network_id = '%s' and t.assignee_id = '%s'
                 order by t.due_date, t.id limit 20;
                select count(*) from task where network_id = '%s' and assignee_id = '%s';
                """.formatted(network, seed.member, network, seed.member);
        return measure("a member's tasks (20 of %d, with total)".formatted(seed.tasks), "read",
                "http://127.0.0.1:8083", app, "netzwerk_task", sql, 0.5);
    }

    Measured networkAlerts() throws Exception {
        String app = readScript("/api/v1/networks/%s/alerts?size=20".formatted(network));
        String sql = """
                select a.* from alert a where a.network_id = '%s' order by a.raised_at desc, a.id desc limit 20;
                select count(*) from alert where network_id = '%s';
                """.formatted(network, network);
        return measure("a network's alerts (first page, with total)", "read", "http://127.0.0.1:8084", app,
                "netzwerk_engagement", sql, 0.5);
    }

    /**
     * Writes go to a copy of partner-service's schema on PostgreSQL's side, so that the ceiling writes the same rows
     * (partner, two expertise tags, the outbox row with an event of the usual size) without touching the app's data.
     */
    Measured partnerRegistration() throws Exception {
        String app = """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Authorization"] = "Bearer %s"
                request = function()
                  local body = '{"kind":"PERSON","sector":"VOLUNTEERS","name":"Ceiling ' .. math.random(1, 1000000000)
                    .. '","expertise":["leichte-sprache","begleitung"],"contactConsent":true}'
                  return wrk.format(nil, "/api/v1/networks/%s/partners", nil, body)
                end
                """.formatted(token, network);
        String copy = "netzwerk_ceilings_partner";
        emptySchema(copy);
        shell("pg_dump --schema-only --no-owner netzwerk_partner | psql -q -v ON_ERROR_STOP=1 -d %s > /dev/null".formatted(copy));
        shell("psql -q -d netzwerk_partner -c \"\\copy (select * from network where id = '%s') to stdout\" | psql -q -d %s -c \"\\copy network from stdin\""
                .formatted(network, copy));
        String payload = ("{\"partnerId\":\"' || p.id || '\",\"networkId\":\"%s\",\"kind\":\"PERSON\",\"sector\":\"VOLUNTEERS\","
                + "\"status\":\"ACTIVE\",\"expertise\":[\"begleitung\",\"leichte-sprache\"],\"registeredAt\":\"' || now() || '\"}")
                .formatted(network);
        String sql = """
                with p as (
                  insert into partner (id, network_id, kind, sector, name, status, contact_consent, contact_consent_at,
                                       listing_consent, created_at, updated_at, version)
                  values (gen_random_uuid(), '%s', 'PERSON', 'VOLUNTEERS', 'Ceiling ' || random(), 'ACTIVE', true, now(),
                          false, now(), now(), 0)
                  returning id),
                tags as (
                  insert into partner_expertise (partner_id, tag)
                  select p.id, tag from p, unnest(array['leichte-sprache', 'begleitung']) tag)
                insert into outbox_event (event_id, event_type, topic, record_key, network_id, occurred_at, payload, subject)
                select gen_random_uuid(), 'de.netzwerk.partner.partner-registered.v1', 'partner-events', p.id, '%s', now(),
                       '%s', p.id from p;
                """.formatted(network, network, payload);
        try {
            return measure("registering a partner (row, 2 tags, outbox row)", "write", "http://127.0.0.1:8081", app,
                    copy, sql, 0.6);
        } finally {
            emptySchema(copy);
        }
    }

    // --- measuring ---

    String readScript(String pathExpression) {
        return """
                wrk.headers["Authorization"] = "Bearer %s"
                request = function()
                  return wrk.format("GET", "%s")
                end
                """.formatted(token, pathExpression);
    }

    Measured measure(String path, String kind, String base, String luaScript, String database, String sql, double goal)
            throws Exception {
        Path lua = Files.writeString(work.resolve("app.lua"), luaScript);
        Path script = Files.writeString(work.resolve("ceiling.sql"), sql);
        System.out.printf("%n%s%n", path);
        if (settings.warmUpSeconds > 0) {
            run(List.of("wrk", "-t2", "-c" + settings.connections, "-d" + settings.warmUpSeconds + "s", "-s", lua.toString(), base));
            run(List.of("pgbench", "-n", "-c" + settings.connections, "-j2", "-T" + settings.warmUpSeconds, "-f",
                    script.toString(), database));
        }
        String wrk = run(List.of("wrk", "-t2", "-c" + settings.connections, "-d" + settings.seconds + "s", "--latency",
                "-s", lua.toString(), base));
        double appPerSecond = number(wrk, "Requests/sec:\\s+([0-9.]+)");
        double p99 = millis(wrk, "\\s99%\\s+([0-9.]+)(us|ms|s)");
        int failures = errors(wrk);
        if (failures > 0) {
            throw new IllegalStateException("the app answered " + failures + " requests with errors (429: the local run's"
                    + " rate limit per caller — start it with NETZWERK_LOCAL_RATE_LIMIT=1000000 deploy/local/up):\n" + wrk);
        }
        String pgbench = run(List.of("pgbench", "-n", "-c" + settings.connections, "-j2", "-T" + settings.seconds,
                "-f", script.toString(), database));
        double ceiling = number(pgbench, "tps = ([0-9.]+)");
        Measured measured = new Measured(path, kind, appPerSecond, p99, ceiling, goal);
        System.out.printf("   app %8.0f req/s (p99 %.1f ms)   PostgreSQL %8.0f tx/s   = %3.0f %% (goal ≥ %.0f %%)%n",
                appPerSecond, p99, ceiling, 100 * measured.ratio(), 100 * goal);
        return measured;
    }

    static void report(List<Measured> results) {
        System.out.printf("%n%-52s %-5s %10s %9s %12s %7s %6s%n", "path", "kind", "app req/s", "app p99", "ceiling tx/s",
                "ratio", "goal");
        boolean allMet = true;
        for (Measured m : results) {
            boolean met = m.ratio() >= m.goal;
            allMet &= met;
            System.out.printf("%-52s %-5s %10.0f %7.1fms %12.0f %6.0f%% %5.0f%% %s%n", m.path, m.kind, m.appPerSecond,
                    m.appP99Millis, m.ceilingPerSecond, 100 * m.ratio(), 100 * m.goal, met ? "" : "below goal");
        }
        System.out.println(allMet ? "\nceilings: every ratio meets its goal" : "\nceilings: some ratios are below their goal");
    }

    String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    /** The copy's database is created by deploy/local/postgres (the role may not create databases). */
    void emptySchema(String database) throws Exception {
        shell("psql -q -v ON_ERROR_STOP=1 -d %s -c 'drop schema if exists public cascade' -c 'create schema public'"
                .formatted(database));
    }

    void shell(String command) throws Exception {
        run(List.of("bash", "-o", "pipefail", "-c", command));
    }

    static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no '" + regex + "' in:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    static double millis(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no latency percentile in:\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** wrk counts non-2xx/3xx answers and socket errors apart; either means the measurement is not of the path. */
    static int errors(String output) {
        int errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        if (non2xx.find()) {
            errors += Integer.parseInt(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Integer.parseInt(socket.group(i));
            }
        }
        return errors;
    }

    // --- the data ---

    record Seed(String member, int tasks, String meeting, int attendees) {
    }

    /**
     * A network of {@code partners} partners with expertise; one member with 40 tasks; a meeting with 30 attendance
     * lines; and absence streaks that raise alerts — all through the API, as coordinators would enter them.
     */
    Seed seed() throws Exception {
        long started = System.nanoTime();
        send("POST", "http://127.0.0.1:8081/api/v1/networks",
                "{\"id\":\"%s\",\"name\":\"Ceilings %s\"}".formatted(network, network), operatorToken);
        String group = idOf(send("POST", PARTNERS.formatted(network) + "/groups",
                "{\"kind\":\"WORKING\",\"name\":\"Ceilings\"}", token));
        List<String> partners = registerPartners(settings.partners);
        String member = partners.getFirst();
        int tasks = 40;
        for (int i = 0; i < tasks; i++) {
            onceReplicated("POST", TASKS.formatted(network), """
                    {"title":"Aufgabe %d","assigneeId":"%s","dueDate":"%s"}"""
                    .formatted(i, member, LocalDate.now().plusDays(i % 30)));
        }
        List<String> attendees = partners.subList(1, 31);
        String earlier = pastMeeting(group, 14);
        String later = pastMeeting(group, 7);
        for (String meeting : List.of(earlier, later)) {
            invite(meeting, attendees);
            recordAbsences(meeting, attendees);
        }
        awaitAlerts(attendees.size());
        System.out.printf("seeded in %.0f s%n", (System.nanoTime() - started) / 1e9);
        return new Seed(member, tasks, later, attendees.size());
    }

    List<String> registerPartners(int count) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                created.add(pool.submit(() -> idOf(send("POST", PARTNERS.formatted(network) + "/partners", """
                        {"kind":"PERSON","sector":"VOLUNTEERS","name":"Partnerin %05d","expertise":["thema-%d","thema-%d"]}"""
                        .formatted(n, n % 17, n % 5), token))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : created) {
                ids.add(id.get());
            }
            return ids;
        }
    }

    String pastMeeting(String group, int daysAgo) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0);
        return idOf(onceReplicated("POST", MEETINGS.formatted(network), """
                {"groupId":"%s","title":"Ceilings","startsAt":"%s","endsAt":"%s"}"""
                .formatted(group, start, start.plusHours(2))));
    }

    void invite(String meeting, List<String> partners) throws Exception {
        String guests = String.join(",", partners.stream().map(partner -> "\"" + partner + "\"").toList());
        onceReplicated("POST", MEETINGS.formatted(network) + "/" + meeting + "/invitations", "{\"guests\":[" + guests + "]}");
    }

    void recordAbsences(String meeting, List<String> partners) throws Exception {
        URI attendance = URI.create(MEETINGS.formatted(network) + "/" + meeting + "/attendance");
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(attendance).GET()
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        String tag = read.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                read.statusCode() + " and no ETag from " + attendance + ": " + read.body()));
        String entries = String.join(",", partners.stream()
                .map(partner -> "{\"partnerId\":\"" + partner + "\",\"status\":\"ABSENT\"}").toList());
        HttpResponse<String> written = http.send(HttpRequest.newBuilder(attendance)
                .header("Content-Type", "application/json").header("If-Match", tag)
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"entries\":[" + entries + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (written.statusCode() >= 300) {
            throw new IllegalStateException(written.statusCode() + " from " + attendance + ": " + written.body());
        }
    }

    void awaitAlerts(int expected) throws Exception {
        long deadline = System.nanoTime() + REPLICATION_TIMEOUT.toNanos();
        Pattern total = Pattern.compile("\"totalItems\":(\\d+)");
        while (true) {
            Matcher m = total.matcher(send("GET", ALERTS.formatted(network) + "?size=1", null, token));
            if (m.find() && Integer.parseInt(m.group(1)) >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("engagement-service raised fewer than " + expected + " alerts within "
                        + REPLICATION_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    /** Sends again while a service answers 422 because it does not know the partners or groups named yet. */
    String onceReplicated(String method, String url, String body) throws Exception {
        long deadline = System.nanoTime() + REPLICATION_TIMEOUT.toNanos();
        while (true) {
            HttpResponse<String> response = exchange(method, url, body, token);
            if (response.statusCode() < 300) {
                return response.body();
            }
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                throw new IllegalStateException(response.statusCode() + " from " + url + ": " + response.body());
            }
            Thread.sleep(200);
        }
    }

    String send(String method, String url, String body, String bearer) throws Exception {
        HttpResponse<String> response = exchange(method, url, body, bearer);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " from " + url + ": " + response.body());
        }
        return response.body();
    }

    HttpResponse<String> exchange(String method, String url, String body, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String idOf(String created) {
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("unexpected answer creating something: " + created);
        }
        return id.group(1);
    }
}
