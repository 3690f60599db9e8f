package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.MeetingEvents;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redelivered, broken and unknown events: each handled on purpose, and processing goes on. */
@QuarkusTest
class ConsumerRobustnessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "engagement-service.meeting-events.dlq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** Metrics are served on the management interface; only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private MeetingEvents events;

    @BeforeEach
    void connect() {
        events = new MeetingEvents(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aRedeliveredEventTakesEffectOnce() throws Exception {
        double duplicatesBefore = metric("netzwerk_events_duplicates_total", MeetingEvents.ATTENDANCE_RECORDED);
        UUID eventId = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        events.attendance(eventId, partner, group, meeting, 14, "ABSENT", 1);
        events.attendance(eventId, partner, group, meeting, 14, "ABSENT", 1);
        events.attendance(partner, group, UUID.randomUUID(), 7, "ABSENT");

        Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE);

        assertEquals(duplicatesBefore + 1, metric("netzwerk_events_duplicates_total", MeetingEvents.ATTENDANCE_RECORDED));
    }

    @Test
    void unprocessableEventsGoToTheDeadLetterTopicWithTheirReasonAndTheNextEventIsProcessed() throws Exception {
        UUID unreadable = UUID.randomUUID();
        UUID invalid = UUID.randomUUID();
        UUID unknownVersion = UUID.randomUUID();
        String bareMarker = UUID.randomUUID().toString();
        double deadLetteredBefore = deadLettered();
        events.send(unreadable, MeetingEvents.ATTENDANCE_RECORDED, partner.toString(), "{\"networkId\": ");
        events.send(invalid, MeetingEvents.ATTENDANCE_RECORDED, partner.toString(),
                "{\"networkId\":\"" + network + "\",\"status\":\"ABSENT\",\"revision\":1}");
        events.send(unknownVersion, "de.netzwerk.meeting.attendance-recorded.v2", partner.toString(), "{}");
        events.sendBare(partner.toString(), "{\"marker\":\"" + bareMarker + "\"}");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.attendance(partner, group, first, 14, "ABSENT");
        events.attendance(partner, group, second, 7, "ABSENT");

        Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE);

        try (TopicReader reader = new TopicReader(bootstrapServers, DEAD_LETTERS)) {
            List<ConsumerRecord<String, String>> deadLetters = reader.readUntil(
                    record -> record.value().contains(bareMarker), PATIENCE);
            assertThat(reasonFor(deadLetters, unreadable), containsString("cannot be read"));
            assertThat(reasonFor(deadLetters, invalid), containsString("fails validation"));
            assertThat(reasonFor(deadLetters, invalid), containsString("partnerId"));
            assertThat(reasonFor(deadLetters, unknownVersion), containsString("unknown version"));
            ConsumerRecord<String, String> bare = deadLetters.stream()
                    .filter(record -> record.value().contains(bareMarker)).findFirst().orElseThrow();
            assertThat(TopicReader.header(bare, "dead-letter-reason"), containsString("ce_id"));
        }
        // Operators see them: the counter they alert on rose by (at least, other tests run too) these four.
        assertThat(deadLettered() - deadLetteredBefore, greaterThanOrEqualTo(4.0));
    }

    /** {@code netzwerk_events_dead_lettered_total{topic="meeting-events"}}, 0 before the first. */
    private double deadLettered() {
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^netzwerk_events_dead_lettered_total\\{[^}]*topic=\"meeting-events\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    @Test
    void eventsOfUnknownTypesAreSkippedAndCounted() throws Exception {
        String type = "de.netzwerk.meeting.scheduled.v1";
        double skippedBefore = metric("netzwerk_events_skipped_total", type);
        events.send(UUID.randomUUID(), type, partner.toString(), "{\"meetingId\":\"" + UUID.randomUUID() + "\"}");
        events.attendance(partner, group, UUID.randomUUID(), 14, "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), 7, "ABSENT");

        Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE);

        assertEquals(skippedBefore + 1, metric("netzwerk_events_skipped_total", type));
    }

    private static String reasonFor(List<ConsumerRecord<String, String>> deadLetters, UUID eventId) {
        ConsumerRecord<String, String> record = deadLetters.stream()
                .filter(candidate -> eventId.toString().equals(TopicReader.header(candidate, "ce_id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Event " + eventId + " is not on " + DEAD_LETTERS));
        String reason = TopicReader.header(record, "dead-letter-reason");
        assertTrue(reason != null && !reason.isBlank(), "dead letter without a reason");
        return reason;
    }

    /** A counter as operators see it on /q/metrics; 0 before it first counts. */
    private double metric(String name, String type) {
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*type=\"" + Pattern.quote(type)
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
