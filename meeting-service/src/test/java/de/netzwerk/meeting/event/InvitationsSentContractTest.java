package de.netzwerk.meeting.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InvitationsSentContractTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sentInvitationsArePublishedOnceKeyedByTheMeetingAndMatchTheSchema() throws Exception {
        String network = Meetings.freshNetwork();
        String meeting = Meetings.futureMeeting(network, Replicated.group(network), 5);
        List<String> partners = Replicated.partners(network, 2);
        String guest = partners.get(0);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                    .body(Map.of("guests", List.of(guest)))
                    .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                    .then().statusCode(200);
        }
        String sentinelPartner = partners.get(1);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("guests", List.of(sentinelPartner)))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> record.value().contains(sentinelPartner), Duration.ofSeconds(30)).stream()
                    .filter(record -> meeting.equals(record.key()))
                    .filter(record -> "de.netzwerk.meeting.invitations-sent.v1".equals(TopicReader.header(record, "ce_type")))
                    .toList();

            assertEquals(2, ours.size(), "one event for the guest, one for the later guest; none for the repetition");
            JsonNode first = json.readTree(ours.getFirst().value());
            assertEquals(Set.of(), EventSchemas.violations("invitations-sent.v1", first));
            assertEquals(true, first.get("late").asBoolean());
            assertEquals(5, first.get("daysAhead").asInt());
            assertEquals("de.netzwerk.meeting.invitations-sent.v1", TopicReader.header(ours.getFirst(), "ce_type"));
        }
    }

    @Test
    void thePublishedExampleMatchesTheSchema() throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/invitations-sent.v1.json"));

        assertEquals(Set.of(), EventSchemas.violations("invitations-sent.v1", example));
    }
}
