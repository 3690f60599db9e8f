package de.netzwerk.meeting.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.ExternalKafkaBroker;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker is away while the coordinator records absences: the API still answers, the events wait in the
 * outbox, and they are published, in order, once the broker is back.
 */
@QuarkusTest
@TestProfile(KafkaOutageTest.PublishToABrokerThatIsDown.class)
class KafkaOutageTest {

    /** Not started until the test says so; the service publishes to it from the start. */
    static final ExternalKafkaBroker BROKER = ExternalKafkaBroker.onFreePorts("kafka-outage-broker");

    public static class PublishToABrokerThatIsDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.outbox.bootstrap.servers", BROKER.bootstrapServers());
        }
    }

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void absencesRecordedWhileKafkaIsDownArePublishedInOrderWhenItReturns() throws Exception {
        String network = Meetings.freshNetwork();
        String group = Replicated.group(network);
        String partner = Replicated.partner(network);
        String earlier = Meetings.pastMeetingInviting(network, group, 14, partner);
        String later = Meetings.pastMeetingInviting(network, group, 7, partner);

        Meetings.record(network, earlier, partner, "ABSENT");
        Meetings.record(network, later, partner, "ABSENT");
        // The API answers while the broker is away, so the service stays in its Kubernetes Service: ready. What
        // waits shows in the metrics operators alert on.
        given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost())
                .port(management.getPort()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(gauge(metrics, "netzwerk_outbox_backlog_events") >= 2, metrics);
        assertTrue(gauge(metrics, "netzwerk_outbox_backlog_oldest_seconds") > 0, metrics);

        BROKER.start();
        try (TopicReader reader = new TopicReader(BROKER.bootstrapServers(), "meeting-events")) {
            // The meeting's own events (scheduled, invitations sent) name it too: wait for the partner's absence.
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    record -> partner.equals(record.key()) && record.value().contains(later), Duration.ofSeconds(60));
            ObjectMapper json = new ObjectMapper();
            List<String> meetings = records.stream()
                    .filter(record -> partner.equals(record.key()))
                    .map(record -> readMeetingId(json, record.value()))
                    .toList();
            assertEquals(List.of(earlier, later), meetings);
        }
    }

    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
    }

    private static String readMeetingId(ObjectMapper json, String payload) {
        try {
            return json.readTree(payload).get("meetingId").asText();
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + payload, e);
        }
    }
}
