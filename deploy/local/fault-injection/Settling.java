import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits until the system has settled: every outbox empty, every consumer group's lag 0 on every partition of the
 * topics it reads and every partner engagement-service was told about assessed, three looks in a row a second apart (engagement-service publishes alerts after it has applied
 * facts, so one look at zero is not yet the end).
 */
final class Settling implements AutoCloseable {

    /** The consumer groups of the four services and the topics each reads (the services' application.properties). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "engagement-service", List.of("partner-events", "meeting-events", "task-events"),
            "meeting-service-replicas", List.of("partner-events"),
            "task-service", List.of("partner-events", "engagement-events"),
            "partner-service", List.of("engagement-events", "meeting-events", "task-events", "personal-data-exports"));

    private static final Pattern PENDING = Pattern.compile("\"pendingAssessments\":(\\d+)");

    private final Admin admin;
    private final Client operator;

    /** OPERATOR reads engagement-service's assessments still to do (GET /api/v1/engagement-replay). */
    Settling(Client operator) {
        this.operator = operator;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalSystem.BOOTSTRAP);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        admin = Admin.create(properties);
    }

    /** Seconds from now until settled; empty if not settled within LIMIT. Prints what still waits now and then. */
    OptionalDouble await(Duration limit) {
        long started = System.nanoTime();
        long settledSince = -1;
        int settledLooks = 0;
        long lastReport = started;
        while (System.nanoTime() - started < limit.toNanos()) {
            String waiting = waiting();
            if (waiting.isEmpty()) {
                if (settledLooks++ == 0) {
                    settledSince = System.nanoTime();
                }
                if (settledLooks == 3) {
                    return OptionalDouble.of((settledSince - started) / 1e9);
                }
            } else {
                settledLooks = 0;
                if (System.nanoTime() - lastReport > 15_000_000_000L) {
                    System.out.printf("  still waiting after %.0f s: %s%n", (System.nanoTime() - started) / 1e9, waiting);
                    lastReport = System.nanoTime();
                }
            }
            Fault.sleep(1000);
        }
        return OptionalDouble.empty();
    }

    /** What keeps the system from being settled, or "" if nothing does. */
    String waiting() {
        StringBuilder waiting = new StringBuilder();
        for (String service : LocalSystem.SERVICES) {
            try {
                long events = LocalSystem.count(service, "select count(*) from outbox_event");
                if (events > 0) {
                    waiting.append("outbox of %s: %d events; ".formatted(service, events));
                }
            } catch (SQLException e) {
                waiting.append("database of %s: %s; ".formatted(service, e.getMessage()));
            }
        }
        Client.Answer replay = operator.send("GET", "http://127.0.0.1:8084/api/v1/engagement-replay", null, null);
        Matcher pending = PENDING.matcher(replay.body());
        if (!replay.ok() || !pending.find()) {
            waiting.append("engagement-service's assessments: %d %s; ".formatted(replay.status(), replay.body()));
        } else if (!pending.group(1).equals("0")) {
            waiting.append("engagement-service's assessments to do: %s; ".formatted(pending.group(1)));
        }
        try {
            GROUPS.forEach((group, topics) -> {
                long lag = lag(group, topics);
                if (lag > 0) {
                    waiting.append("lag of %s: %d; ".formatted(group, lag));
                }
            });
        } catch (RuntimeException e) {
            waiting.append("broker: ").append(e.getMessage());
        }
        return waiting.toString();
    }

    /** The group's lag summed over every partition of its topics; a partition it never committed counts whole. */
    long lag(String group, List<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(partition -> {
                    TopicPartition key = new TopicPartition(topic.name(), partition.partition());
                    latest.put(key, OffsetSpec.latest());
                    earliest.put(key, OffsetSpec.earliest());
                });
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition partition : latest.keySet()) {
                OffsetAndMetadata offset = committed.get(partition);
                long from = offset != null ? offset.offset() : starts.get(partition).offset();
                lag += Math.max(0, ends.get(partition).offset() - from);
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the lag of " + group + ": " + e.getMessage(), e);
        }
    }

    Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
