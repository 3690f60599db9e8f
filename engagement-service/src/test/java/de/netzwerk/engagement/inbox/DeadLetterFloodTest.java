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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hundreds of refused events in one batch — another network's events naming this network's group — all go to the
 * dead-letter topic, and the valid events beside them are applied. Sending the dead letters to the broker all at
 * once failed the batch (the emitter refuses more than its channel asked for), and the connector then sent the
 * whole batch, valid events included, to the dead-letter topic.
 */
@QuarkusTest
class DeadLetterFloodTest {

    private static final int REFUSED = 1500;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    private final String home = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final String intruder = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();

    @Test
    void aBatchOfHundredsOfRefusedEventsIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
        Set<String> refused = new HashSet<>();
        List<String> valid = new ArrayList<>();
        try (MeetingEvents ours = new MeetingEvents(bootstrapServers, home);
                MeetingEvents theirs = new MeetingEvents(bootstrapServers, intruder)) {
            // Held while they are sent: the batch with our first event waits for it, the others wait on the
            // broker and come in one large batch.
            try (LockedTable held = new LockedTable(dataSource, "processed_event")) {
                ours.attendance(partner, group, UUID.randomUUID(), 21, "PRESENT");
                for (int i = 0; i < REFUSED; i++) {
                    refused.add(theirs.attendance(partner, group, UUID.randomUUID(), 10, "ABSENT").toString());
                }
                valid.add(ours.attendance(partner, group, UUID.randomUUID(), 14, "ABSENT").toString());
                valid.add(ours.attendance(partner, group, UUID.randomUUID(), 7, "ABSENT").toString());
            }
        }

        // Two absences in a row, in the batch of the flood: the alert shows that they were applied.
        Alerts.awaitFor(home, partner, alerts -> !alerts.isEmpty(), Duration.ofSeconds(90));
        try (DeadLetterTopics deadLetters = new DeadLetterTopics(bootstrapServers)) {
            await("all refused events on the dead-letter topic").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> missing(deadLetters.list("engagement-service.meeting-events"), refused), List::isEmpty);
            assertEquals(valid, missing(deadLetters.list("engagement-service.meeting-events"), valid),
                    "valid events on the dead-letter topic");
        }
    }

    private static List<String> missing(List<DeadLetter> deadLetters, java.util.Collection<String> expected) {
        Set<String> found = new HashSet<>();
        deadLetters.forEach(letter -> found.add(letter.eventId()));
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(found);
        return missing;
    }
}
