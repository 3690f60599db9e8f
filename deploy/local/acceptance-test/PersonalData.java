import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The end-to-end personal-data test of issue 14 ("Must show"), against the running local system.
 *
 * <p>A partner with a full history in all four services — Maria Beispiel, a volunteer: profile with contact data,
 * offers and expertise, consents, a contact-log entry, a working group with a second partner who stays (the control),
 * four past meetings (one declined with her reason, two missed without excuse, so engagement raises ABSENCE_STREAK),
 * minutes she read, a task she did, the coordinator's follow-up call on the alert, a pause — exports her data as
 * herself, is erased by the coordinator, and then every table of every service database and every record of every
 * topic (key, value and headers) is searched for what identified her. Every personal string carries a random marker,
 * so a hit is hers and nobody else's. Then the network's aggregates must still read, and an engagement replay must not
 * bring her back.
 *
 * <p>Run through deploy/local/personal-data (it finds the JDK, the Kafka client jars and pg_dump). Prints every step
 * with its numbers and every finding with where it was found; exit code 1 on any failure.
 */
public class PersonalData {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String REPLAY = "http://127.0.0.1:8084/api/v1/engagement-replay";
    static final String BROKER = "127.0.0.1:9092";
    static final List<String> DATABASES = List.of("netzwerk_partner", "netzwerk_meeting", "netzwerk_task", "netzwerk_engagement");

    /**
     * The only tables that may still hold an erased partner's id, by what erasure is designed to keep (partner-service's
     * PartnerErasure, V12__partner_erasure.sql, deploy/PRIVACY.md): the tombstone that keeps the id from being given out
     * again, the erasure's record (ids, times, a reason), the memberships kept under the tombstone's id so that
     * groups' member counts still read, and the change feed's journal with its one partner-erased event
     * ({@link #FEED_JOURNAL}, checked on its own). Nothing else in any database may name the id: the other services
     * keep a digest.
     */
    static final Set<String> ID_MAY_REMAIN_IN = Set.of("netzwerk_partner.partner", "netzwerk_partner.partner_erasure",
            "netzwerk_partner.membership", "netzwerk_partner.published_event");

    /**
     * The change feed's journal keeps exactly one event naming her: partner-service's {@code partner-erased}, by which
     * a municipal system following the network learns of the erasure (README, "Following a network"). Every other
     * journaled event about her is gone, in every service.
     */
    static final String FEED_JOURNAL = "netzwerk_partner.published_event";

    static boolean feedKeepsOnlyTheErasure(Hits tables) {
        int rows = tables.counts.getOrDefault(FEED_JOURNAL, 0);
        return rows == 0 || rows == 1 && tables.whole.getOrDefault(FEED_JOURNAL, List.of()).stream()
                .allMatch(row -> row.contains(".partner-erased.v1"));
    }

    /**
     * Free text that erasure does not reach by design (deploy/PRIVACY.md, "Not covered by erasure"): a task's
     * description is the network's words about the work and stays with the task; coordinators are asked to keep names
     * out of it. Reported where it is, asserted to be nowhere else.
     */
    static final Map<String, String> KEPT_BY_DESIGN = Map.of("task description", "netzwerk_task.task");

    static final Duration ENGAGEMENT_DEADLINE = Duration.ofSeconds(180);
    static final Duration EXPORT_DEADLINE = Duration.ofSeconds(60);
    /** partner-service deletes the parts it has read every 15 s; twice that and a margin. */
    static final Duration EXPORT_PARTS_DEADLINE = Duration.ofSeconds(45);
    static final Duration ERASURE_DEADLINE = Duration.ofMinutes(5);
    static final Duration REPLAY_DEADLINE = Duration.ofMinutes(10);

    final String localDir;
    final String network;
    final Urls urls;
    final Api coordinator;
    final Api operator;
    final LocalDate today = LocalDate.now(BERLIN);
    final Checks checks = new Checks();
    final Maria maria = Maria.withMarker(randomHex(5));

    String groupId;
    String mariaId;
    String controlId;
    String controlName;
    final List<String> pastMeetings = new ArrayList<>();
    String upcomingMeeting;
    String taskId;
    String alertId;

    double exportSeconds = -1;
    double erasureSeconds = -1;
    Long erasureReportedSeconds;
    long topicRecordsScanned;
    int tablesScanned;

    PersonalData(String localDir, String network) throws Exception {
        this.localDir = localDir;
        this.network = network;
        this.urls = new Urls(network);
        this.coordinator = new Api(token(network, "coordinator"));
        this.operator = new Api(token("-", "operator"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PersonalData LOCAL_DIR NETWORK   (run it through deploy/local/personal-data)");
            System.exit(2);
        }
        long started = System.nanoTime();
        PersonalData test = new PersonalData(args[0], args[1]);
        try {
            test.run();
        } catch (Exception e) {
            test.checks.fail("the test could not go on", e.toString());
        }
        boolean passed = test.checks.summary();
        System.out.printf("%npersonal data: %s in %.0f s%n", passed ? "PASSED" : "FAILED", (System.nanoTime() - started) / 1e9);
        System.exit(passed ? 0 : 1);
    }

    void run() throws Exception {
        say("network %s, today %s (Europe/Berlin), marker %s", network, today, maria.marker);
        createHistory();
        Aggregates before = aggregates();
        say("   before erasure: %s", before);

        export();
        erase();
        Search search = searchEverywhere("4. Search after the erasure", DATABASES);
        judge(search);
        aggregatesStillRead(before);
        replay(search);

        say("%n7. Summary");
        say("   export:   %s", exportSeconds < 0 ? "did not complete" : "%.1f s".formatted(exportSeconds));
        say("   erasure:  %s (DELETE to COMPLETE as seen by polling; partner-service reports %s s; goal ≤ 300 s)",
                erasureSeconds < 0 ? "did not complete" : "%.1f s".formatted(erasureSeconds), erasureReportedSeconds);
        say("   searched: %d tables in %d databases, %d topic records", tablesScanned, DATABASES.size(), topicRecordsScanned);
    }

    // --- 1. a partner with a full history ---

    void createHistory() throws Exception {
        say("%n1. A partner with a full history in all four services");
        operator.send("POST", "http://127.0.0.1:8081/api/v1/networks", Json.object("id", network,
                "name", "Netzwerk Datenschutztest " + network, "timeZone", "Europe/Berlin", "defaultLanguage", "de"));
        groupId = id(coordinator.send("POST", urls.partners("/groups"),
                Json.object("kind", "WORKING", "name", "AG Teilhabe", "theme", "Teilhabe im Quartier")));
        mariaId = id(coordinator.send("POST", urls.partners("/partners"), Json.object("kind", "PERSON", "sector", "VOLUNTEERS",
                "name", maria.name, "email", maria.email, "phone", maria.phone, "expertise", maria.expertise,
                "interests", maria.interests, "offers", maria.offers, "contactConsent", true, "listingConsent", true)));
        controlName = "Stadtteilbibliothek Kontrolle-" + maria.marker;
        controlId = id(coordinator.send("POST", urls.partners("/partners"), Json.object("kind", "ORGANISATION",
                "sector", "ASSOCIATION", "name", controlName, "contactConsent", true)));
        for (String partner : List.of(mariaId, controlId)) {
            coordinator.send("PUT", urls.partners("/groups/" + groupId + "/members/" + partner), Json.object("role", "MEMBER",
                    "joinedOn", today.minusDays(120).toString(), "introductoryTalkDone", true));
        }
        coordinator.send("POST", urls.partners("/partners/" + mariaId + "/contacts"), Json.object("contactedOn",
                today.minusDays(20).toString(), "channel", "CALL", "madeBy", "Koordination", "note", maria.contactNote));
        say("   Maria %s and the control partner %s registered, members of AG Teilhabe, one contact logged", mariaId,
                controlId);

        // Four fortnightly meetings: Maria there, then declined with her reason (excused), then absent twice unexcused.
        String[] herAnswer = { "ACCEPTED", "DECLINED", null, null };
        String[] herAttendance = { "PRESENT", "ABSENT", "ABSENT", "ABSENT" };
        int[] daysAgo = { 56, 42, 28, 14 };
        for (int i = 0; i < daysAgo.length; i++) {
            OffsetDateTime start = today.minusDays(daysAgo[i]).atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime();
            String meeting = schedule(start);
            pastMeetings.add(meeting);
            List<Object> answers = new ArrayList<>(List.of(Json.object("partnerId", controlId, "answer", "ACCEPTED",
                    "respondedAt", start.minusDays(8).toString())));
            if (herAnswer[i] != null) {
                answers.add(Json.object("partnerId", mariaId, "answer", herAnswer[i], "respondedAt", start.minusDays(3).toString(),
                        "reason", herAnswer[i].equals("DECLINED") ? maria.rsvpReason : null));
            }
            coordinator.eventually("PUT", urls.meetings("/" + meeting + "/history"), Json.object(
                    "invitations", Json.object("sentAt", start.minusDays(10).withHour(10).toString(),
                            "partnerIds", List.of(mariaId, controlId)),
                    "responses", answers,
                    "attendance", List.of(Json.object("partnerId", mariaId, "status", herAttendance[i]),
                            Json.object("partnerId", controlId, "status", "PRESENT"))));
            coordinator.send("PUT", urls.meetings("/" + meeting + "/minutes"), Json.object("text", "Protokoll vom "
                    + start.toLocalDate(), "publishedAt", start.plusDays(2).withHour(20).toString()));
        }
        coordinator.send("PUT", urls.meetings("/" + pastMeetings.get(1) + "/minutes/acknowledgements/" + mariaId),
                Json.object("acknowledgedAt", today.minusDays(38).atTime(19, 0).atZone(BERLIN).toOffsetDateTime().toString()));
        say("   4 past meetings entered (present; declined with her reason, excused; absent; absent), minutes of the one she"
                + " missed read");

        upcomingMeeting = schedule(today.plusDays(10).atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime());
        coordinator.eventually("POST", urls.meetings("/" + upcomingMeeting + "/invitations"), Map.of());
        coordinator.send("PUT", urls.meetings("/" + upcomingMeeting + "/responses/" + mariaId),
                Json.object("answer", "DECLINED", "reason", maria.upcomingReason));
        say("   the next meeting in 10 days invited to; Maria declined it with a reason");

        taskId = id(coordinator.eventually("POST", urls.tasks(""), Json.object("title", "Rückmeldungen zum Stadtteilfest sammeln",
                "description", maria.taskDescription, "groupId", groupId, "assigneeId", mariaId, "size", "S",
                "assignedAt", today.minusDays(40).atTime(9, 0).atZone(BERLIN).toOffsetDateTime().toString(),
                "dueDate", today.minusDays(30).toString(), "status", "DONE", "completedOn", today.minusDays(31).toString())));
        say("   task %s assigned to her 40 days ago, done on time", taskId);

        long waited = System.nanoTime();
        alertId = awaitAlert();
        say("   engagement: her score and the ABSENCE_STREAK alert %s after %.0f s", alertId, (System.nanoTime() - waited) / 1e9);
        // Follow-ups and decisions name the version they are based on (If-Match, issue 16 item 5).
        coordinator.sendIfMatch("PATCH", urls.engagement("/alerts/" + alertId), etag(urls.engagement("/alerts/" + alertId)),
                Json.object("status", "CONTACTED",
                "contactedBy", "Koordination", "contactedAt", OffsetDateTime.now(BERLIN).minusHours(1).withNano(0).toString(),
                "contactChannel", "CALL", "note", maria.followUpNote));
        coordinator.send("PUT", urls.engagement("/engagement/" + mariaId + "/pause"), Json.object("startsOn", today.toString(),
                "until", today.plusDays(60).toString(), "reason", "OTHER", "note", maria.pauseNote));
        say("   the coordinator called her about the alert (follow-up note) and paused her (pause note)");
        Api member = new Api(token(network, "member", mariaId));
        member.send("POST", urls.engagement("/engagement/" + mariaId + "/scoring-objection"), Json.object("reason", maria.objectionReason));
        String objection = urls.engagement("/engagement/" + mariaId + "/scoring-objection");
        coordinator.sendIfMatch("PATCH", objection, etag(objection), Json.object("status", "REJECTED",
                "justification", maria.objectionJustification));
        say("   she objected to scoring in her own words; the coordinator rejected it with a justification, scoring resumed");
        awaitFollowUpInContactLog();
        awaitScore(controlId, "the control partner");
    }

    /** The ETag the coordinator reads at the URL: the version a change of it is based on. */
    String etag(String url) throws Exception {
        HttpResponse<String> read = coordinator.exchange("GET", url, null);
        return read.headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + url + " answered " + read.statusCode() + " without an ETag"));
    }

    String schedule(OffsetDateTime start) throws Exception {
        return id(coordinator.eventually("POST", urls.meetings(""), Json.object("groupId", groupId, "title", "AG Teilhabe – Treffen",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(), "place", "Bürgerhaus, Raum 2")));
    }

    /** Waits for her score and her ABSENCE_STREAK alert; returns the alert's id. */
    String awaitAlert() throws Exception {
        long deadline = System.nanoTime() + ENGAGEMENT_DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> score = coordinator.exchange("GET", urls.engagement("/engagement/" + mariaId), null);
            if (score.statusCode() == 200) {
                List<?> alerts = items(coordinator.send("GET", urls.engagement("/alerts?partnerId=" + mariaId + "&size=200"), null));
                for (Object alert : alerts) {
                    if ("ABSENCE_STREAK".equals(((Map<?, ?>) alert).get("rule"))) {
                        return (String) ((Map<?, ?>) alert).get("id");
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("engagement-service raised no ABSENCE_STREAK alert for Maria within %d s (score: %d %s)"
                        .formatted(ENGAGEMENT_DEADLINE.toSeconds(), score.statusCode(), score.body()));
            }
            Thread.sleep(1000);
        }
    }

    void awaitScore(String partner, String who) throws Exception {
        long deadline = System.nanoTime() + ENGAGEMENT_DEADLINE.toNanos();
        while (coordinator.exchange("GET", urls.engagement("/engagement/" + partner), null).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("engagement-service has no score for " + who);
            }
            Thread.sleep(1000);
        }
    }

    /** The follow-up call reaches her contact log through partner-contacted on engagement-events. */
    void awaitFollowUpInContactLog() throws Exception {
        long deadline = System.nanoTime() + ENGAGEMENT_DEADLINE.toNanos();
        while (true) {
            String log = coordinator.send("GET", urls.partners("/partners/" + mariaId + "/contacts?size=200"), null);
            if (log.contains("ALERT_FOLLOW_UP")) {
                say("   the follow-up call is in her contact log (%d entries)", items(log).size());
                return;
            }
            if (System.nanoTime() > deadline) {
                checks.fail("follow-up contact in the contact log", "partner-service did not log the follow-up call: " + log);
                return;
            }
            Thread.sleep(1000);
        }
    }

    // --- what the network keeps in aggregate ---

    record Aggregates(Map<String, Long> lastMeetingAttendance, int lastMeetingLines, int declinedMeetingAnswers,
            Object groupMembers, Object controlScore) {
    }

    Aggregates aggregates() throws Exception {
        String last = pastMeetings.get(3);
        List<?> attendance = (List<?>) ((Map<?, ?>) Json.parse(coordinator.send("GET", urls.meetings("/" + last + "/attendance"), null)))
                .get("entries");
        Map<String, Long> byStatus = attendance.stream().map(e -> (String) ((Map<?, ?>) e).get("status"))
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        List<?> answers = (List<?>) ((Map<?, ?>) Json.parse(coordinator.send("GET",
                urls.meetings("/" + pastMeetings.get(1) + "/history"), null))).get("responses");
        Map<?, ?> health = (Map<?, ?>) Json.parse(coordinator.send("GET", urls.engagement("/engagement/groups/" + groupId + "/health"), null));
        Map<?, ?> control = (Map<?, ?>) Json.parse(coordinator.send("GET", urls.engagement("/engagement/" + controlId), null));
        return new Aggregates(byStatus, attendance.size(), answers.size(), health.get("members"), control.get("score"));
    }

    // --- 2. the export ---

    void export() throws Exception {
        say("%n2. Export as the member herself");
        Api member = new Api(token(network, "member", mariaId));
        long started = System.nanoTime();
        HttpResponse<String> requested = member.exchange("GET", urls.partners("/partners/" + mariaId + "/personal-data"), null);
        if (!checks.check(requested.statusCode() == 202 && requested.headers().firstValue("Location").isPresent(),
                "export requested: 202 with Location", requested.statusCode() + " " + requested.body())) {
            return;
        }
        String location = requested.headers().firstValue("Location").orElseThrow();
        // As partner-service documents it: another partner's data answers a member as if that partner were unknown.
        HttpResponse<String> foreign = member.exchange("GET", urls.partners("/partners/" + controlId + "/personal-data"), null);
        checks.check(foreign.statusCode() == 404, "the member asking for the control partner's personal data: 404",
                foreign.statusCode() + " " + foreign.body());
        Map<?, ?> job = pollExport(member, location, started);
        if (job == null) {
            return;
        }
        exportSeconds = (System.nanoTime() - started) / 1e9;
        say("   export COMPLETE after %.1f s", exportSeconds);
        partContains(job, "partner", "partner-service", maria.name, maria.email, maria.phone, maria.offers,
                maria.expertise.get(0), maria.contactNote);
        partContains(job, "meetingService", "meeting-service", maria.rsvpReason, maria.upcomingReason, pastMeetings.get(3));
        partContains(job, "taskService", "task-service", taskId, maria.taskDescription);
        partContains(job, "engagementService", "engagement-service", alertId, "ABSENCE_STREAK", "score",
                maria.followUpNote, maria.pauseNote, maria.objectionReason, maria.objectionJustification);
        awaitExportPartsRead();
        String others = Json.write(job);
        checks.check(!others.contains(controlId), "the export names nobody else (not the control partner)",
                "the control partner's id is in her export");
    }

    /**
     * partner-service deletes the parts it has read from personal-data-exports (every 15 s, below its consumer group's
     * committed offsets), so that her data lives on the topic for seconds, not for the topic's hour.
     */
    void awaitExportPartsRead() throws Exception {
        List<Needle> hers = needles().stream().filter(n -> !n.what.startsWith("control") && !n.what.startsWith("partner id"))
                .toList();
        long started = System.nanoTime();
        long deadline = started + EXPORT_PARTS_DEADLINE.toNanos();
        while (true) {
            Map<Needle, Hits> hits = new LinkedHashMap<>();
            hers.forEach(n -> hits.put(n, new Hits()));
            searchTopics(hers, hits, "personal-data-exports");
            long found = hits.values().stream().mapToLong(h -> h.counts.values().stream().mapToInt(Integer::intValue).sum()).sum();
            if (found == 0) {
                checks.pass("her export's parts left personal-data-exports after %.0f s".formatted((System.nanoTime() - started) / 1e9));
                return;
            }
            if (System.nanoTime() > deadline) {
                checks.fail("her export's parts leave personal-data-exports within %d s".formatted(EXPORT_PARTS_DEADLINE.toSeconds()),
                        "%d of her strings still on the topic".formatted(found));
                return;
            }
            Thread.sleep(2000);
        }
    }

    /** Polls the export job until COMPLETE, within {@link #EXPORT_DEADLINE}; null (and a failure) otherwise. */
    Map<?, ?> pollExport(Api member, String location, long started) throws Exception {
        long deadline = started + EXPORT_DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = member.exchange("GET", location, null);
            if (response.statusCode() != 200) {
                checks.fail("export job readable by the member", "GET " + location + " answered " + response.statusCode()
                        + " " + response.body());
                return null;
            }
            Map<?, ?> job = (Map<?, ?>) Json.parse(response.body());
            if ("COMPLETE".equals(job.get("status"))) {
                checks.pass("export COMPLETE within %d s".formatted(EXPORT_DEADLINE.toSeconds()));
                return job;
            }
            if (System.nanoTime() > deadline || "INCOMPLETE".equals(job.get("status"))) {
                checks.fail("export COMPLETE within %d s".formatted(EXPORT_DEADLINE.toSeconds()), "status "
                        + job.get("status") + ", missing " + job.get("missing") + ": " + abbreviate(response.body(), 400));
                return null;
            }
            Thread.sleep(500);
        }
    }

    /** The service's part is in the export and holds each of the strings (her things, as she gave them). */
    void partContains(Map<?, ?> job, String field, String service, String... wanted) {
        Object part = job.get(field);
        if (part == null && job.get("document") instanceof Map<?, ?> document) {
            part = document.get(field);
        }
        if (!checks.check(part != null, "export: %s's part is there (%s)".formatted(service, field),
                "no field " + field + " in " + abbreviate(Json.write(job), 400))) {
            return;
        }
        String text = Json.write(part);
        List<String> missing = java.util.Arrays.stream(wanted).filter(w -> !text.contains(w)).toList();
        checks.check(missing.isEmpty(), "export: %s's part holds her things".formatted(service),
                "missing " + missing + " in " + abbreviate(text, 300));
    }

    // --- 3. the erasure ---

    void erase() throws Exception {
        say("%n3. Erasure by the coordinator");
        long started = System.nanoTime();
        HttpResponse<String> requested = coordinator.exchange("DELETE",
                urls.partners("/partners/" + mariaId + "/personal-data?reason=PARTNER_REQUEST"), null);
        if (!checks.check(requested.statusCode() == 202 && requested.headers().firstValue("Location").isPresent(),
                "erasure requested: 202 with Location", requested.statusCode() + " " + requested.body())) {
            throw new IllegalStateException("no erasure to wait for");
        }
        String location = requested.headers().firstValue("Location").orElseThrow();
        long deadline = started + ERASURE_DEADLINE.toNanos();
        while (true) {
            Map<?, ?> status = (Map<?, ?>) Json.parse(coordinator.send("GET", location, null));
            if ("COMPLETE".equals(status.get("state"))) {
                erasureSeconds = (System.nanoTime() - started) / 1e9;
                erasureReportedSeconds = status.get("durationSeconds") instanceof Long seconds ? seconds : null;
                say("   erasure COMPLETE after %.1f s: %s", erasureSeconds, status.get("confirmations"));
                checks.pass("erasure COMPLETE, every service confirmed, within %d s".formatted(ERASURE_DEADLINE.toSeconds()));
                return;
            }
            if (System.nanoTime() > deadline) {
                checks.fail("erasure COMPLETE within %d s".formatted(ERASURE_DEADLINE.toSeconds()),
                        "still pending: " + status.get("pending"));
                return;
            }
            Thread.sleep(500);
        }
    }

    // --- 4. the search ---

    /** A string searched for, and whether it may remain anywhere. */
    record Needle(String what, String text) {
    }

    /** Where each needle was found: "db.table" or "topic", with a count and the first excerpts. */
    static final class Hits {
        final Map<String, Integer> counts = new TreeMap<>();
        final Map<String, List<String>> excerpts = new TreeMap<>();
        /** Every hit whole, for judgements an excerpt cannot carry (which event a journal row is). */
        final Map<String, List<String>> whole = new TreeMap<>();

        void add(String where, String excerpt, String text) {
            whole.computeIfAbsent(where, w -> new ArrayList<>()).add(text);
            counts.merge(where, 1, Integer::sum);
            List<String> list = excerpts.computeIfAbsent(where, w -> new ArrayList<>());
            if (list.size() < 2) {
                list.add(excerpt);
            }
        }

        boolean isEmpty() {
            return counts.isEmpty();
        }

        @Override
        public String toString() {
            return counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    record Search(Map<Needle, Hits> tables, Map<Needle, Hits> topics) {
    }

    List<Needle> needles() {
        return List.of(new Needle("name", maria.name), new Needle("email", maria.email), new Needle("phone", maria.phone),
                new Needle("offers", maria.offers), new Needle("interests", maria.interests),
                new Needle("contact note", maria.contactNote), new Needle("RSVP reason", maria.rsvpReason),
                new Needle("RSVP reason (upcoming meeting)", maria.upcomingReason),
                new Needle("follow-up note", maria.followUpNote), new Needle("pause note", maria.pauseNote),
                new Needle("task description", maria.taskDescription),
                new Needle("objection reason", maria.objectionReason),
                new Needle("objection justification", maria.objectionJustification),
                new Needle("expertise tag", maria.expertise.get(0)), new Needle("expertise tag", maria.expertise.get(1)),
                new Needle("partner id", mariaId), new Needle("partner id (hex)", mariaId.replace("-", "")),
                new Needle("control partner's name (must be found: the search works)", controlName));
    }

    Search searchEverywhere(String when, List<String> databases) throws Exception {
        say("%n%s: every table of %s and every record of every topic", when, String.join(", ", databases));
        List<Needle> needles = needles();
        Map<Needle, Hits> tables = new LinkedHashMap<>();
        Map<Needle, Hits> topics = new LinkedHashMap<>();
        needles.forEach(n -> {
            tables.put(n, new Hits());
            topics.put(n, new Hits());
        });
        int tableCount = 0;
        for (String database : databases) {
            tableCount += searchDatabase(database, needles, tables);
        }
        tablesScanned = Math.max(tablesScanned, tableCount);
        long records = searchTopics(needles, topics);
        topicRecordsScanned = Math.max(topicRecordsScanned, records);
        say("   %d tables and %d topic records searched", tableCount, records);
        return new Search(tables, topics);
    }

    /** Searches the data-only dump of one database line by line; returns the number of tables in it. */
    int searchDatabase(String database, List<Needle> needles, Map<Needle, Hits> hits) throws Exception {
        Process dump = new ProcessBuilder("pg_dump", "--data-only", "--no-owner", "-h", "127.0.0.1", "-U",
                System.getenv().getOrDefault("PGUSER", "netzwerk"), database).redirectErrorStream(false).start();
        byte[] out;
        byte[] err;
        try (InputStream stdout = dump.getInputStream(); InputStream stderr = dump.getErrorStream()) {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread drain = Thread.ofVirtual().start(() -> {
                try {
                    stderr.transferTo(errors);
                } catch (IOException ignored) {
                    // the exit code tells
                }
            });
            out = stdout.readAllBytes();
            drain.join();
            err = errors.toByteArray();
        }
        if (dump.waitFor() != 0) {
            throw new IllegalStateException("pg_dump " + database + " failed: " + new String(err, StandardCharsets.UTF_8));
        }
        String table = null;
        int tables = 0;
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("COPY ")) {
                table = line.substring(5, line.indexOf(' ', 5)).replaceFirst("^public\\.", "");
                tables++;
                continue;
            }
            if (table == null || line.equals("\\.")) {
                table = null;
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            for (Needle needle : needles) {
                int at = lower.indexOf(needle.text.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    hits.get(needle).add(database + "." + table, excerpt(line, at, needle.text.length()), line);
                }
            }
        }
        return tables;
    }

    /** Reads every topic on the broker from its beginning to its end offsets; returns the number of records read. */
    long searchTopics(List<Needle> needles, Map<Needle, Hits> hits) throws Exception {
        return searchTopics(needles, hits, null);
    }

    /** Reads {@code only} (every topic if null) from its beginning to its end offsets; the number of records read. */
    long searchTopics(List<Needle> needles, Map<Needle, Hits> hits, String only) throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER);
        Set<String> topics;
        try (Admin client = Admin.create(admin)) {
            topics = new java.util.TreeSet<>(client.listTopics(new ListTopicsOptions().listInternal(true)).names().get());
            if (only != null) {
                topics.retainAll(Set.of(only));
            }
        }
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        long records = 0;
        Map<String, Long> perTopic = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(consumer, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (String topic : topics) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (PartitionInfo info : reader.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
                reader.assign(partitions);
                reader.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = reader.endOffsets(partitions);
                long read = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not read " + topic + " to its end within 2 minutes");
                    }
                    for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(500))) {
                        if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        read++;
                        searchRecord(record, needles, hits);
                    }
                }
                perTopic.put(topic, read);
                records += read;
            }
        }
        if (only == null) {
            say("   topics: %s", perTopic.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        return records;
    }

    static void searchRecord(ConsumerRecord<byte[], byte[]> record, List<Needle> needles, Map<Needle, Hits> hits) {
        StringBuilder text = new StringBuilder();
        text.append("key=").append(utf8(record.key())).append(" value=").append(utf8(record.value()));
        for (Header header : record.headers()) {
            text.append(' ').append(header.key()).append('=').append(utf8(header.value()));
        }
        String whole = text.toString();
        String lower = whole.toLowerCase(Locale.ROOT);
        for (Needle needle : needles) {
            int at = lower.indexOf(needle.text.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                hits.get(needle).add(record.topic(), "@%d/%d %s".formatted(record.partition(), record.offset(),
                        excerpt(whole, at, needle.text.length())), whole);
            }
        }
    }

    /**
     * Name, contact data and free text may remain nowhere; her id only in the allow-listed tables and, on topics, on
     * records that carry nothing else about her (so it is reported, not failed); expertise tags in no table, and on
     * partner-service's own events only (until retention).
     */
    void judge(Search search) {
        say("%n   What was found where:");
        for (Needle needle : needles()) {
            Hits tables = search.tables.get(needle);
            Hits topics = search.topics.get(needle);
            switch (needle.what) {
                case "partner id", "partner id (hex)" -> {
                    Set<String> notAllowed = tables.counts.keySet().stream().filter(t -> !ID_MAY_REMAIN_IN.contains(t))
                            .collect(Collectors.toCollection(java.util.TreeSet::new));
                    say("   her %s remains in tables: %s", needle.what, tables.isEmpty() ? "none" : tables);
                    say("   her %s remains on topics: %s", needle.what, topics.isEmpty() ? "none" : topics);
                    checks.check(notAllowed.isEmpty(), "her %s only in %s".formatted(needle.what, ID_MAY_REMAIN_IN),
                            "also in " + notAllowed + excerpts(tables, notAllowed));
                    checks.check(feedKeepsOnlyTheErasure(tables),
                            "her %s in the change feed's journal only on partner-erased".formatted(needle.what),
                            "found there on other events" + excerpts(tables, Set.of(FEED_JOURNAL)));
                }
                case "expertise tag" -> {
                    Set<String> offTopics = topics.counts.keySet().stream().filter(t -> !t.equals("partner-events"))
                            .collect(Collectors.toCollection(java.util.TreeSet::new));
                    say("   expertise tag %s on partner-events (until retention): %d records", needle.text,
                            topics.counts.getOrDefault("partner-events", 0));
                    checks.check(tables.isEmpty(), "expertise tag %s in no table".formatted(needle.text),
                            "found in " + tables + excerpts(tables, tables.counts.keySet()));
                    checks.check(offTopics.isEmpty(), "expertise tag %s on no topic but partner-events".formatted(needle.text),
                            "found on " + offTopics + excerpts(topics, offTopics));
                }
                default -> {
                    if (needle.what.startsWith("control")) {
                        checks.check(tables.counts.containsKey("netzwerk_partner.partner"),
                                "the search finds what is there: the control partner's name in netzwerk_partner.partner",
                                "not found: the search itself is broken");
                    } else if (KEPT_BY_DESIGN.containsKey(needle.what)) {
                        String keptIn = KEPT_BY_DESIGN.get(needle.what);
                        Set<String> elsewhere = tables.counts.keySet().stream().filter(t -> !t.equals(keptIn))
                                .collect(Collectors.toCollection(java.util.TreeSet::new));
                        say("   her %s stays in %s by design (deploy/PRIVACY.md, \"Not covered by erasure\"): %s",
                                needle.what, keptIn, tables.counts.containsKey(keptIn) ? "found there" : "not found there");
                        checks.check(elsewhere.isEmpty(), "her %s in no table but %s".formatted(needle.what, keptIn),
                                "found in " + elsewhere + excerpts(tables, elsewhere));
                        checks.check(topics.isEmpty(), "her %s on no topic".formatted(needle.what),
                                "found on " + topics + excerpts(topics, topics.counts.keySet()));
                    } else {
                        checks.check(tables.isEmpty(), "her %s in no table".formatted(needle.what),
                                "found in " + tables + excerpts(tables, tables.counts.keySet()));
                        checks.check(topics.isEmpty(), "her %s on no topic".formatted(needle.what),
                                "found on " + topics + excerpts(topics, topics.counts.keySet()));
                    }
                }
            }
        }
    }

    static String excerpts(Hits hits, Set<String> where) {
        StringBuilder out = new StringBuilder();
        for (String w : where) {
            for (String excerpt : hits.excerpts.getOrDefault(w, List.of())) {
                out.append("\n            ").append(w).append(": ").append(excerpt);
            }
        }
        return out.toString();
    }

    // --- 5. the aggregates ---

    void aggregatesStillRead(Aggregates before) throws Exception {
        say("%n5. The network's aggregates still read");
        Aggregates after = aggregates();
        say("   after erasure:  %s", after);
        checks.check(after.lastMeetingAttendance.equals(before.lastMeetingAttendance) && after.lastMeetingLines == before.lastMeetingLines,
                "the last meeting's attendance counts her absence anonymously (%s)".formatted(after.lastMeetingAttendance),
                "before " + before.lastMeetingAttendance + ", after " + after.lastMeetingAttendance);
        String attendance = coordinator.send("GET", urls.meetings("/" + pastMeetings.get(3) + "/attendance"), null);
        checks.check(!attendance.contains(mariaId), "the attendance list names her no more", attendance);
        checks.check(after.declinedMeetingAnswers == before.declinedMeetingAnswers,
                "the meeting she declined still counts %d answers".formatted(after.declinedMeetingAnswers),
                "before " + before.declinedMeetingAnswers + ", after " + after.declinedMeetingAnswers);
        checks.check(after.groupMembers != null, "the group's health reads (%s members, was %s)".formatted(after.groupMembers,
                before.groupMembers), "no members count");
        checks.check(after.controlScore != null, "the control partner's score reads (%s, was %s)".formatted(after.controlScore,
                before.controlScore), "no score");
    }

    // --- 6. the replay ---

    void replay(Search afterErasure) throws Exception {
        say("%n6. Engagement replay");
        long started = System.nanoTime();
        say("   replay asked for: %s", abbreviate(operator.send("POST", REPLAY, null), 300));
        long deadline = started + REPLAY_DEADLINE.toNanos();
        while (((Map<?, ?>) Json.parse(operator.send("GET", REPLAY, null))).get("pendingAssessments") instanceof Long pending
                && pending > 0) {
            if (System.nanoTime() > deadline) {
                checks.fail("replay done within %d min".formatted(REPLAY_DEADLINE.toMinutes()), pending + " assessments pending");
                return;
            }
            Thread.sleep(1000);
        }
        say("   replay done after %.0f s", (System.nanoTime() - started) / 1e9);
        HttpResponse<String> score = coordinator.exchange("GET", urls.engagement("/engagement/" + mariaId), null);
        checks.check(score.statusCode() == 404 || score.statusCode() == 410, "after the replay her score is gone (%d)"
                .formatted(score.statusCode()), score.statusCode() + " " + abbreviate(score.body(), 300));
        String alerts = coordinator.send("GET", urls.engagement("/alerts?size=200"), null);
        checks.check(!alerts.contains(mariaId), "after the replay no alert names her", abbreviate(alerts, 400));
        awaitScore(controlId, "the control partner after the replay");
        checks.pass("after the replay the control partner's score reads");
        Search again = searchEverywhere("   Search after the replay", List.of("netzwerk_engagement"));
        Hits anywhere = new Hits();
        for (Needle needle : needles()) {
            if (!needle.what.startsWith("control")) {
                again.tables.get(needle).counts.forEach((table, count) -> anywhere.add(table + " (" + needle.what + ")", "", ""));
            }
        }
        checks.check(anywhere.isEmpty(), "after the replay nothing of hers in netzwerk_engagement", "found: " + anywhere);
        // The replay rebuilds engagement-service's state; nothing it publishes may be about her.
        Needle id = needles().stream().filter(n -> n.what.equals("partner id")).findFirst().orElseThrow();
        int before = afterErasure.topics.get(id).counts.getOrDefault("engagement-events", 0);
        int after = again.topics.get(id).counts.getOrDefault("engagement-events", 0);
        checks.check(after == before, "the replay published nothing about her on engagement-events (%d records name her, as before)"
                .formatted(after), "%d records name her id, %d before the replay".formatted(after, before));
    }

    /** Everything that identifies Maria, each string with the run's marker, so that a hit is hers alone. ASCII only. */
    record Maria(String marker, String name, String email, String phone, List<String> expertise, String interests,
            String offers, String contactNote, String rsvpReason, String upcomingReason, String followUpNote, String pauseNote,
            String taskDescription, String objectionReason, String objectionJustification) {

        static Maria withMarker(String marker) {
            String digits = String.valueOf(Long.parseLong(marker, 16) % 9_000_000 + 1_000_000);
            return new Maria(marker, "Maria Beispiel-" + marker, "maria.beispiel-" + marker + "@example.org",
                    "+49 2871 " + digits, List.of("gebaerdensprache-" + marker, "begleitung-" + marker),
                    "Wohnprojekte im Quartier " + marker, "Begleitung zu Behoerdengaengen, dienstags " + marker,
                    "Telefonat: pflegt ihre Mutter, Rueckruf im Januar " + marker, "Arzttermin wegen Reha " + marker,
                    "Familienfeier in Muenster " + marker, "Gespraech: Ueberlastung im Job, meldet sich selbst " + marker,
                    "Kur bis Februar " + marker, "Maria fragt die Nachbarschaft nach Rueckmeldungen " + marker,
                    "Ich moechte nicht bewertet werden " + marker, "Bewertung noetig fuer die Gruppenplanung " + marker);
        }
    }

    // --- helpers ---

    String token(String network, String role, String... partner) throws Exception {
        List<String> command = new ArrayList<>(List.of(localDir + "/token", network, role));
        command.addAll(List.of(partner));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0 || token.isEmpty()) {
            throw new IllegalStateException("deploy/local/token " + String.join(" ", command.subList(1, command.size())) + " failed");
        }
        return token;
    }

    static String id(String created) {
        return (String) ((Map<?, ?>) Json.parse(created)).get("id");
    }

    static List<?> items(String page) {
        return (List<?>) ((Map<?, ?>) Json.parse(page)).get("items");
    }

    static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + length + 40);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("[\\p{Cntrl}]", " ") + (to < text.length() ? "…" : "");
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format.replace("%n", "\n") : format.formatted(args));
    }
}

/** Each check printed as it is made, failures collected for the summary and the exit code. */
final class Checks {

    private final List<String> failures = new ArrayList<>();
    private int passed;

    boolean check(boolean ok, String what, String detail) {
        if (ok) {
            pass(what);
        } else {
            fail(what, detail);
        }
        return ok;
    }

    void pass(String what) {
        passed++;
        System.out.println("   ok    " + what);
    }

    void fail(String what, String detail) {
        failures.add(what + ": " + detail);
        System.out.println("   FAIL  " + what + "\n         " + detail);
    }

    /** Prints the failures once more, together; true if there were none. */
    boolean summary() {
        System.out.printf("%n%d checks passed, %d failed%n", passed, failures.size());
        failures.forEach(failure -> System.out.println("  FAIL " + failure));
        return failures.isEmpty();
    }
}
