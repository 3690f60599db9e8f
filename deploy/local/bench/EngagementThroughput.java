import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how fast engagement-service works through a backlog, and how long a rebuild from the topics takes.
 * Three steps, which deploy/local/bench/engagement-throughput runs in order:
 * <ol>
 * <li>{@code publish}: while engagement-service is stopped, N events (default 1,000,000) about P partners (default
 * 10,000) of one network go straight to partner-, meeting- and task-events, as partner-, meeting- and
 * task-service would publish them (CloudEvents, binary mode): memberships, attendance (some corrected by a later
 * revision), answers to invitations, minutes read, tasks assigned and completed, over the past year;</li>
 * <li>{@code drain}: engagement-service has been started again and finds them waiting; this waits until it has
 * consumed and applied them all (its counter netzwerk_events_processed_total) and assessed every partner;</li>
 * <li>{@code replay}: rebuilds everything from the topics (POST /api/v1/engagement-replay) and waits for the
 * assessments again.</li>
 * </ol>
 */
public class EngagementThroughput {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Once a second: reading the counters costs the service work too, and a second is fine over minutes. */
    private static final long POLL_MILLIS = 1000;
    private static final Pattern PROCESSED = Pattern.compile("^netzwerk_events_processed_total\\{[^}]*} (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern PENDING = Pattern.compile("\"pendingAssessments\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String bootstrap;
    private final String service;
    /** Metrics are on the service's management port (bench.management-url). */
    private final String management = System.getProperty("bench.management-url", "http://127.0.0.1:9084");
    private final String operatorToken;
    private final String network;

    EngagementThroughput(String bootstrap, String service, String operatorToken, String network) {
        this.bootstrap = bootstrap;
        this.service = service;
        this.operatorToken = operatorToken;
        this.network = network;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7 || !List.of("publish", "drain", "replay").contains(args[0])) {
            System.err.println("usage: EngagementThroughput publish|drain|replay BOOTSTRAP SERVICE_URL OPERATOR_TOKEN"
                    + " NETWORK N PARTNERS   (run it through deploy/local/bench/engagement-throughput)");
            System.exit(2);
        }
        EngagementThroughput bench = new EngagementThroughput(args[1], args[2], args[3], args[4]);
        int events = Integer.parseInt(args[5]);
        switch (args[0]) {
            case "publish" -> bench.publishBacklog(events, Integer.parseInt(args[6]));
            case "drain" -> bench.drain(events, Long.parseLong(System.getenv("BENCH_SERVICE_STARTED_MS")));
            default -> bench.replay(events);
        }
    }

    void publishBacklog(int events, int partners) {
        System.out.printf("Publishing %,d events about %,d partners of network %s ...%n", events, partners, network);
        long started = System.nanoTime();
        publish(events, partners);
        double published = seconds(started);
        System.out.printf("  published in %.1f s (%,.0f events/s)%n", published, events / published);
    }

    /** Times from the moment engagement-service was started (epoch milliseconds): its start-up counts too. */
    void drain(int events, long serviceStartedMillis) throws Exception {
        awaitProcessed(events);
        double applied = (System.currentTimeMillis() - serviceStartedMillis) / 1e3;
        System.out.printf("Backlog consumed and applied: %,d events in %.1f s from the service's start = %,.0f events/s%n",
                events, applied, events / applied);
        awaitNoPendingAssessments();
        double assessed = (System.currentTimeMillis() - serviceStartedMillis) / 1e3;
        System.out.printf("Every partner assessed: %.1f s from the service's start (%,.0f events/s end to end)%n",
                assessed, events / assessed);
    }

    void replay(int events) throws Exception {
        System.out.println("Replaying every topic from the start (POST /api/v1/engagement-replay) ...");
        long replayStarted = System.nanoTime();
        String result = send(HttpRequest.newBuilder(URI.create(service + "/api/v1/engagement-replay"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        double read = seconds(replayStarted);
        System.out.printf("  topics read and facts rebuilt in %.1f s: %s%n", read, result);
        awaitNoPendingAssessments();
        double rebuilt = seconds(replayStarted);
        Matcher records = Pattern.compile("\"records\":(\\d+)").matcher(result);
        long replayed = records.find() ? Long.parseLong(records.group(1)) : events;
        System.out.printf("Rebuilt from scratch: %,d records in %.1f s including every assessment (%,.0f records/s)%n",
                replayed, rebuilt, replayed / rebuilt);
    }

    private void publish(int events, int partners) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        Random random = new Random(42);
        UUID[] partnerIds = new UUID[partners];
        for (int i = 0; i < partners; i++) {
            partnerIds[i] = UUID.randomUUID();
        }
        int groups = Math.max(1, partners / 25);
        LocalDate today = LocalDate.now(ZONE);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            for (int i = 0; i < partners; i++) {
                UUID group = group(groups, i);
                send(producer, "partner-events", "de.netzwerk.partner.membership-started.v1", partnerIds[i], """
                        {"networkId":"%s","groupId":"%s","groupKind":"WORKING","partnerId":"%s","role":"MEMBER",\
                        "joinedOn":"%s","introductoryTalkDone":true,"version":1}"""
                        .formatted(network, group, partnerIds[i], today.minusDays(400)));
            }
            for (int n = partners; n < events; n++) {
                int index = random.nextInt(partners);
                UUID partner = partnerIds[index];
                UUID group = group(groups, index);
                int week = random.nextInt(52);
                UUID meeting = UUID.nameUUIDFromBytes((group + "/" + week).getBytes(StandardCharsets.UTF_8));
                OffsetDateTime startsAt = today.minusWeeks(week + 1).atTime(LocalTime.of(18, 0)).atZone(ZONE).toOffsetDateTime();
                int kind = random.nextInt(20);
                if (kind < 12) {
                    int roll = random.nextInt(100);
                    String status = roll < 70 ? "PRESENT" : roll < 85 ? "EXCUSED" : "ABSENT";
                    send(producer, "meeting-events", "de.netzwerk.meeting.attendance-recorded.v1", partner, """
                            {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",\
                            "status":"%s","revision":%d,"recordedAt":"%s"}"""
                            .formatted(network, meeting, group, startsAt, partner, status, 1 + random.nextInt(2),
                                    startsAt.plusHours(3)));
                } else if (kind < 15) {
                    send(producer, "meeting-events", "de.netzwerk.meeting.rsvp-received.v1", partner, """
                            {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",\
                            "answer":"%s","respondedAt":"%s","beforeMeeting":true}"""
                            .formatted(network, meeting, group, startsAt, partner,
                                    random.nextBoolean() ? "ACCEPTED" : "DECLINED", startsAt.minusDays(2)));
                } else if (kind < 16) {
                    send(producer, "meeting-events", "de.netzwerk.meeting.minutes-acknowledged.v1", partner, """
                            {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",\
                            "acknowledgedAt":"%s","askedToRead":true}"""
                            .formatted(network, meeting, group, startsAt, partner, startsAt.plusDays(5)));
                } else {
                    UUID task = UUID.nameUUIDFromBytes((partner + "/" + week).getBytes(StandardCharsets.UTF_8));
                    LocalDate due = startsAt.toLocalDate().plusDays(14);
                    boolean completed = kind >= 18;
                    String extra = completed ? ",\"completedOn\":\"%s\",\"onTime\":true,\"daysLate\":0".formatted(due) : "";
                    send(producer, "task-events", "de.netzwerk.task.task-" + (completed ? "completed" : "assigned") + ".v1",
                            partner, """
                            {"networkId":"%s","taskId":"%s","partnerId":"%s","groupId":"%s","goalId":null,\
                            "title":"Paket %d","dueDate":"%s","occurredAt":"%s"%s}"""
                            .formatted(network, task, partner, group, week, due, startsAt, extra));
                }
            }
            producer.flush();
        }
    }

    /**
     * The network's own groups: ids named after a group of another run's network are that network's, and
     * engagement-service rightly refuses events naming them (tenant isolation) — a second run measured refusals.
     */
    private UUID group(int groups, int partnerIndex) {
        return UUID.nameUUIDFromBytes((network + "/group-" + (partnerIndex % groups)).getBytes(StandardCharsets.UTF_8));
    }

    private void send(KafkaProducer<String, String> producer, String topic, String type, UUID key, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(), data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/netzwerk/bench");
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "ce_subject", key.toString());
        header(record, "ce_networkid", network);
        header(record, "content-type", "application/json");
        producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the service has processed {@code target} events since it started. */
    private void awaitProcessed(double target) throws Exception {
        double last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            double now = processed();
            if (now >= target) {
                return;
            }
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (seconds(lastChange) > 120) {
                throw new IllegalStateException("engagement-service stopped making progress at " + now + " of " + target);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void awaitNoPendingAssessments() throws Exception {
        while (true) {
            Matcher pending = PENDING.matcher(send(HttpRequest.newBuilder(URI.create(service + "/api/v1/engagement-replay")).GET()));
            if (pending.find() && Long.parseLong(pending.group(1)) == 0) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private double processed() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(management + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = PROCESSED.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + operatorToken).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
