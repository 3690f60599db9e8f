package de.netzwerk.meeting.inbox;

import de.netzwerk.infra.LockedTable;
import de.netzwerk.infra.deadletters.DeadLetter;
import de.netzwerk.infra.deadletters.DeadLetterTopics;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that drops the consumer's connections for longer than its ordinary retries last (a restart, a
 * fail-over) holds events back until it answers again; it sends none to the dead-letter topic.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** More failed attempts than an event is given for any other failure: the ordinary retries would be spent. */
    private static final int DROPPED_CONNECTIONS = PatientProcessing.ATTEMPTS + 2;
    private static final Duration GUARD = Duration.ofSeconds(90);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    GroupMemberRepository members;

    private final String network = Meetings.freshNetwork();

    @Test
    void anEventWhoseConnectionsAreDroppedMoreOftenThanItsRetriesIsAppliedOnceTheDatabaseAnswersAgain() throws Exception {
        UUID partner = UUID.fromString(Replicated.partner(network));
        UUID group = UUID.randomUUID();
        UUID event;
        try (PartnerEvents events = new PartnerEvents(bootstrapServers, network);
                LockedTable table = new LockedTable(dataSource, "group_member")) {
            table.endWaiters(LockedTable.Ending.TERMINATE);
            event = events.membershipStarted(group, partner, true);
            awaitEnded(table, DROPPED_CONNECTIONS);
        }

        Replicated.await("the membership once the database answered again", () -> members.find(group, partner).isPresent());
        try (DeadLetterTopics deadLetters = new DeadLetterTopics(bootstrapServers)) {
            assertTrue(deadLetters.list("meeting-service.partner-events").stream().map(DeadLetter::eventId)
                    .noneMatch(event.toString()::equals), "the event is not on the dead-letter topic");
        }
    }

    /** Fails if the consumer stops trying (it gave the event up) before its connections were dropped this often. */
    private static void awaitEnded(LockedTable table, int times) {
        await("the consumer trying on through " + times + " dropped connections").atMost(GUARD)
                .until(table::ended, ended -> ended >= times);
    }
}
