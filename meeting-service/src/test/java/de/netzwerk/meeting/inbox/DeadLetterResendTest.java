package de.netzwerk.meeting.inbox;

import de.netzwerk.infra.LockedTable;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.infra.deadletters.DeadLetter;
import de.netzwerk.infra.deadletters.DeadLetterTopics;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A valid event dead-lettered for a cause an operator can fix — a lock on the consumer's table held longer than its
 * retries — is listed with its reason by the re-send code ({@code deploy/local/dead-letters}), re-sent once the lock is
 * gone, and applied exactly once: re-sent a second time, it changes nothing.
 */
@QuarkusTest
class DeadLetterResendTest {

    private static final String DEAD_LETTER_TOPIC = "meeting-service.partner-events.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    GroupMemberRepository members;

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final String network = Meetings.freshNetwork();

    @Test
    void aDeadLetterReSentAfterItsCauseIsFixedIsAppliedOnceAndReSendingItAgainChangesNothing() throws Exception {
        UUID partner = UUID.fromString(Replicated.partner(network));
        UUID group = UUID.randomUUID();
        double deadLetteredBefore = deadLettered();
        try (PartnerEvents events = new PartnerEvents(bootstrapServers, network);
                DeadLetterTopics deadLetters = new DeadLetterTopics(bootstrapServers)) {
            UUID event;
            try (LockedTable table = new LockedTable(dataSource, "group_member");
                    TopicReader reader = new TopicReader(bootstrapServers, DEAD_LETTER_TOPIC)) {
                table.endWaiters(LockedTable.Ending.CANCEL);
                event = events.membershipStarted(group, partner, true);
                reader.readUntil(record -> event.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
            }
            // The lock is gone: the cause is fixed. The operator lists the dead letters and finds the event with its reason.
            DeadLetter letter = deadLetters.list("meeting-service.partner-events").stream()
                    .filter(listed -> event.toString().equals(listed.eventId())).findFirst().orElseThrow();
            assertEquals(DEAD_LETTER_TOPIC, letter.topic());
            assertEquals("partner-events", letter.originalTopic());
            assertEquals("de.netzwerk.partner.membership-started.v1", letter.eventType());
            assertEquals(network, letter.network());
            assertThat(letter.reason(), containsString("processing failed " + PatientProcessing.ATTEMPTS + " times"));
            assertThat(letter.reason(), containsString("canceling statement"));
            assertThat(deadLettered() - deadLetteredBefore, greaterThanOrEqualTo(1.0));
            assertFalse(isMember(group, partner), "a dead letter is not applied");

            deadLetters.resend(DEAD_LETTER_TOPIC, List.of(event.toString()));
            Replicated.await("the re-sent membership", () -> members.find(group, partner).isPresent());

            // The partner leaves the group; the dead letter re-sent again must not bring the membership back.
            events.membershipEnded(group, partner);
            Replicated.await("the membership's end", () -> members.find(group, partner).isEmpty());
            deadLetters.resend(DEAD_LETTER_TOPIC, List.of(event.toString()));
            UUID sentinelGroup = UUID.randomUUID();
            events.membershipStarted(sentinelGroup, partner, true);
            Replicated.await("a membership after the second re-send", () -> members.find(sentinelGroup, partner).isPresent());
            assertFalse(isMember(group, partner), "the dead letter re-sent a second time was applied again");
        }
    }

    private boolean isMember(UUID group, UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> members.find(group, partner).isPresent());
    }

    /** {@code netzwerk_events_dead_lettered_total{topic="partner-events"}}, 0 before the first. */
    private double deadLettered() {
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost())
                .port(management.getPort()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("netzwerk_events_dead_lettered_total{") && line.contains("topic=\"partner-events\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
