package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.MeetingEvents;
import de.netzwerk.infra.LockedTable;
import de.netzwerk.infra.deadletters.DeadLetter;
import de.netzwerk.infra.deadletters.DeadLetterTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A database that drops the connections of a batch for longer than its ordinary retries last (a restart, a
 * fail-over) holds the batch back until it answers again; none of its events goes to the dead-letter topic.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** More failed attempts than a batch is given for any other failure: the ordinary retries would be spent. */
    private static final int DROPPED_CONNECTIONS = PatientProcessing.ATTEMPTS + 2;
    private static final Duration GUARD = Duration.ofSeconds(90);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();

    @Test
    void aBatchWhoseConnectionsAreDroppedMoreOftenThanItsRetriesIsAppliedOnceTheDatabaseAnswersAgain() throws Exception {
        List<String> sent;
        try (MeetingEvents events = new MeetingEvents(bootstrapServers, network);
                LockedTable table = new LockedTable(dataSource, "processed_event")) {
            table.endWaiters(LockedTable.Ending.TERMINATE);
            sent = List.of(events.attendance(partner, group, UUID.randomUUID(), 14, "ABSENT"),
                    events.attendance(partner, group, UUID.randomUUID(), 7, "ABSENT")).stream().map(UUID::toString).toList();
            awaitEnded(table, DROPPED_CONNECTIONS);
        }

        // Two absences in a row: the alert shows that both events were applied.
        Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE);
        try (DeadLetterTopics deadLetters = new DeadLetterTopics(bootstrapServers)) {
            assertEquals(List.of(), deadLetters.list("engagement-service.meeting-events").stream()
                    .map(DeadLetter::eventId).filter(sent::contains).toList(), "events on the dead-letter topic");
        }
    }

    @Test
    void aBatchOfEventsNothingHereReadsWaitsForTheDatabaseToRecordItsPositionInsteadOfGoingToTheDeadLetterTopic()
            throws Exception {
        // Engagement reads nothing of a scheduled meeting: the batch commits nothing but the position past it.
        UUID scheduled = UUID.randomUUID();
        String[] sentAt;
        try (MeetingEvents events = new MeetingEvents(bootstrapServers, network);
                LockedTable table = new LockedTable(dataSource, "consumed_position")) {
            table.endWaiters(LockedTable.Ending.TERMINATE);
            events.send(scheduled, "de.netzwerk.meeting.scheduled.v1", partner.toString(), "{}");
            sentAt = events.lastPosition().split(":");
            awaitEnded(table, 3);
        }

        await("the position past the scheduled meeting").atMost(GUARD).pollInterval(Duration.ofMillis(100))
                .until(() -> positionPast(Integer.parseInt(sentAt[1]), Long.parseLong(sentAt[2])));
        try (DeadLetterTopics deadLetters = new DeadLetterTopics(bootstrapServers)) {
            assertEquals(List.of(), deadLetters.list("engagement-service.meeting-events").stream()
                    .map(DeadLetter::eventId).filter(scheduled.toString()::equals).toList(), "events on the dead-letter topic");
        }
    }

    /** Whether the consumer recorded a position past the given record of meeting-events. */
    private boolean positionPast(int partition, long offset) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        """
                        select 1 from consumed_position
                        where topic = 'meeting-events' and kafka_partition = ? and next_offset > ?""")) {
            query.setInt(1, partition);
            query.setLong(2, offset);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    /** Fails if the consumer stops trying (it gave the events up) before its connections were dropped this often. */
    private static void awaitEnded(LockedTable table, int times) {
        await("the consumer still trying after " + times + " dropped connections").atMost(GUARD)
                .pollInterval(Duration.ofMillis(50)).until(table::ended, ended -> ended >= times);
    }
}
