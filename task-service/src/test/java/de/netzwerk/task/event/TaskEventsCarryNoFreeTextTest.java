package de.netzwerk.task.event;

import de.netzwerk.infra.TopicReader;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import de.netzwerk.task.service.DeadlineClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What coordinators type about the work — a task's title and description, the reason for cancelling it — stays in
 * task-service, where an erasure reaches it; task-events, which cannot be edited, carry none of it (issue 14, item 3).
 */
@QuarkusTest
class TaskEventsCarryNoFreeTextTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeadlineClock clock;

    private final String network = Partners.freshNetwork();

    @Test
    void noTaskEventCarriesTheTitleDescriptionOrCancelReason() {
        // Not hexadecimal, so no id on the topic contains it by chance.
        String marker = "qx" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Kiezfest bei Familie Quandtmeyer " + marker;
        String description = "Schlüssel bei Herrn Ostrowski-" + marker + " abholen";
        String reason = "Frau Wielandt-" + marker + " ist erkrankt";
        String anna = Partners.active(network);
        String ben = Partners.active(network);

        String moved = create(title, description, anna, TODAY.minusDays(1));
        Tasks.update(network, moved, Map.of("assigneeId", ben));
        Tasks.update(network, moved, Map.of("dueDate", TODAY.plusDays(10).toString()));
        Tasks.update(network, moved, Map.of("status", "DONE"));
        String dueSoon = create(title, description, anna, TODAY.plusDays(3));
        String overdue = create(title, description, anna, TODAY.minusDays(2));
        clock.scanAt(Instant.now());
        String cancelled = create(title, description, anna, TODAY.plusDays(5));
        Tasks.update(network, cancelled, Map.of("status", "CANCELLED", "cancelReason", reason));
        String orphaned = create(title, description, anna, null);
        Partners.leave(network, anna);

        try (TopicReader reader = new TopicReader(bootstrapServers, "task-events")) {
            List<ConsumerRecord<String, String>> records = List.of();
            for (Published expected : List.of(new Published("task-assigned", moved),
                    new Published("task-reassigned", moved), new Published("task-rescheduled", moved),
                    new Published("task-completed", moved), new Published("task-due-soon", dueSoon),
                    new Published("task-overdue", overdue), new Published("task-cancelled", cancelled),
                    new Published("task-reassignment-needed", orphaned))) {
                records = reader.readUntil(expected::matches, PATIENCE);
            }

            for (String text : List.of(marker, title, description, reason)) {
                assertEquals(List.of(), records.stream().filter(record -> carries(record, text))
                        .map(record -> TopicReader.header(record, "ce_type") + " " + record.value()).toList(), text);
            }
        }
    }

    private String create(String title, String description, String assignee, LocalDate dueDate) {
        return dueDate == null
                ? Tasks.create(network, "title", title, "description", description, "assigneeId", assignee)
                : Tasks.create(network, "title", title, "description", description, "assigneeId", assignee,
                        "dueDate", dueDate.toString());
    }

    /** An event of every type task-service publishes about a task, each of which once carried the title. */
    private record Published(String type, String task) {
        boolean matches(ConsumerRecord<String, String> record) {
            return ("de.netzwerk.task." + type + ".v1").equals(TopicReader.header(record, "ce_type"))
                    && record.value().contains(task);
        }
    }

    /** The text in the record's key, value or any header. */
    private static boolean carries(ConsumerRecord<String, String> record, String text) {
        if ((record.key() != null && record.key().contains(text)) || record.value().contains(text)) {
            return true;
        }
        for (Header header : record.headers()) {
            if (header.value() != null && new String(header.value(), StandardCharsets.UTF_8).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
