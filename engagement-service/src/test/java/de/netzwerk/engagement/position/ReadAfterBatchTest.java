package de.netzwerk.engagement.position;

import de.netzwerk.engagement.MeetingEvents;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * engagement-service reads its topics in batches and records how far it got once per batch, in the batch's
 * transaction: a request reading after an event's position is answered once the batch holding it is applied.
 */
@QuarkusTest
class ReadAfterBatchTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRequestReadingAfterAnAppliedEventIsAnswered() {
        String position;
        try (MeetingEvents events = new MeetingEvents(bootstrapServers, network)) {
            events.attendance(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 3, "PRESENT");
            position = events.lastPosition();
        }

        alertsReadingAfter(position).then().statusCode(200);
    }

    @Test
    void aRecordSentToTheDeadLetterTopicDoesNotHoldAReaderUp() {
        String position;
        try (MeetingEvents events = new MeetingEvents(bootstrapServers, network)) {
            events.sendBare(UUID.randomUUID().toString(), "{}");
            position = events.lastPosition();
        }

        alertsReadingAfter(position).then().statusCode(200);
    }

    @Test
    void aPositionNotReachedIsAConflictToRetry() {
        String beyondTheEnd;
        try (MeetingEvents events = new MeetingEvents(bootstrapServers, network)) {
            events.attendance(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 3, "PRESENT");
            String[] last = events.lastPosition().split(":");
            beyondTheEnd = last[0] + ":" + last[1] + ":" + (Long.parseLong(last[2]) + 1_000_000);
        }

        alertsReadingAfter(beyondTheEnd).then().statusCode(409)
                .header("Retry-After", "1")
                .body("code", equalTo("position.not-reached"));
    }

    private Response alertsReadingAfter(String position) {
        return given().auth().oauth2(DevTokens.coordinator(network)).header("Netzwerk-Read-After", position)
                .when().get("/api/v1/networks/{n}/alerts", network);
    }
}
