package de.netzwerk.engagement.rule;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a task is overdue only once task-service's deadline clock has said so for its current due date. A task
 * entered as done arrives as task-assigned and task-completed, which may be applied in two batches with an
 * assessment in between: in between, it is an open task long past its due date, but the clock never said so.
 */
@QuarkusTest
class TasksOverdueTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private Histories events;

    @BeforeEach
    void connect() {
        events = new Histories(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aTaskEnteredAsDoneWhoseCompletionIsAppliedInALaterBatchRaisesNothingAndLeavesTheScore() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(20), "PRESENT");
        UUID onTime = UUID.randomUUID();
        events.taskAssigned(onTime, partner, daysAgo(10), daysAgo(30));
        events.taskCompleted(onTime, partner, daysAgo(10), daysAgo(12));
        events.flush();
        int score = Engagement.await(network, partner, found -> tasksCounted(found) == 1).getInt("score");
        Engagement.awaitNoPendingAssessments();

        UUID enteredAsDone = UUID.randomUUID();
        events.taskAssigned(enteredAsDone, partner, daysAgo(45), daysAgo(60));
        // Same partition, after the assignment: once it shows, the assignment has been applied.
        UUID marker = UUID.randomUUID();
        events.taskAssigned(marker, partner, daysAgo(5), daysAgo(20));
        events.taskCompleted(marker, partner, daysAgo(5), daysAgo(6));
        events.flush();
        Engagement.await(network, partner, found -> tasksCounted(found) >= 2);
        Engagement.awaitNoPendingAssessments();
        JsonPath between = Engagement.of(network, partner);

        assertEquals(2, tasksCounted(between), "the task the deadline clock never noticed does not count yet");
        assertEquals(score, between.getInt("score"), "an open task the deadline clock never noticed pulls nothing down");
        assertEquals(List.of(), Alerts.of(network, partner), "nothing was raised in between");

        events.taskCompleted(enteredAsDone, partner, daysAgo(45), daysAgo(47));
        events.flush();
        JsonPath after = Engagement.await(network, partner, found -> tasksCounted(found) == 3);
        Engagement.awaitNoPendingAssessments();

        assertEquals(score, after.getInt("score"), "done on time");
        assertEquals(List.of(), Alerts.of(network, partner), "nothing was raised, nothing had to be withdrawn");
    }

    @Test
    void aNoticeForAnEarlierDueDateDoesNotMakeTheRescheduledTaskOverdue() throws Exception {
        UUID task = UUID.randomUUID();
        events.taskAssigned(task, partner, daysAgo(40), daysAgo(60));
        events.taskOverdue(task, partner, daysAgo(40));
        events.taskRescheduled(task, partner, daysAgo(40), daysAgo(20));
        UUID marker = UUID.randomUUID();
        events.taskAssigned(marker, partner, daysAgo(5), daysAgo(20));
        events.taskCompleted(marker, partner, daysAgo(5), daysAgo(6));
        events.flush();
        Engagement.await(network, partner, found -> tasksCounted(found) >= 1);
        Engagement.awaitNoPendingAssessments();
        JsonPath before = Engagement.of(network, partner);

        assertEquals(1, tasksCounted(before), "only the marker; the notice was for the old due date: " + before.prettify());
        assertTrue(before.getList("ledger").stream().noneMatch(entry -> entry.toString().contains(task.toString())),
                "no overdue entry for the rescheduled task: " + before.getList("ledger"));
        assertEquals(List.of(), Alerts.of(network, partner));

        events.taskOverdue(task, partner, daysAgo(20));
        events.flush();

        Map<String, Object> alert = Alerts.awaitFor(network, partner, found -> !found.isEmpty(), Engagement.PATIENCE)
                .getFirst();
        assertEquals("TASKS_OVERDUE", alert.get("rule"));
        assertEquals(List.of(task.toString()), Alerts.evidenceIds(alert));
        assertTrue(((String) Engagement.entryFor(Engagement.of(network, partner), task).get("reason"))
                .contains("overdue by 20 days"), "days overdue count from the current due date");
    }

    /** Tasks in the score: done ones, and open ones the deadline clock said are overdue. */
    private static int tasksCounted(JsonPath engagement) {
        Integer items = engagement.get("components.find { it.kind == 'TASK_RELIABILITY' }.items");
        return items == null ? 0 : items;
    }
}
