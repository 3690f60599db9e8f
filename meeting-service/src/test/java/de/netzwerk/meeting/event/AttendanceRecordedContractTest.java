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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What meeting-service really publishes conforms to the schema it documents, as a CloudEvent. */
@QuarkusTest
class AttendanceRecordedContractTest {

    private static final String TYPE = "de.netzwerk.meeting.attendance-recorded.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void recordedAttendanceIsPublishedAsACloudEventThatMatchesTheSchema() throws Exception {
        String network = Meetings.freshNetwork();
        String partner = Replicated.partner(network);
        String meeting = Meetings.pastMeetingInviting(network, Replicated.group(network), 2, partner);

        Meetings.record(network, meeting, partner, "ABSENT");

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            ConsumerRecord<String, String> record = reader
                    .readUntil(r -> partner.equals(r.key()), Duration.ofSeconds(30)).stream()
                    .filter(r -> partner.equals(r.key())).findFirst().orElseThrow();

            assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
            assertEquals(TYPE, TopicReader.header(record, "ce_type"));
            assertEquals("/netzwerk/meeting-service", TopicReader.header(record, "ce_source"));
            assertEquals(partner, TopicReader.header(record, "ce_subject"));
            assertEquals(network, TopicReader.header(record, "ce_networkid"));
            assertNotNull(UUID.fromString(TopicReader.header(record, "ce_id")));
            assertNotNull(OffsetDateTime.parse(TopicReader.header(record, "ce_time")));
            assertEquals("application/json", TopicReader.header(record, "content-type"));

            JsonNode payload = json.readTree(record.value());
            assertEquals(Set.of(), EventSchemas.violations("attendance-recorded.v1", payload));
            assertEquals(meeting, payload.get("meetingId").asText());
            assertEquals("ABSENT", payload.get("status").asText());
        }
    }

    @Test
    void aCorrectionIsPublishedAgainWithAHigherRevisionAfterTheEarlierOne() throws Exception {
        String network = Meetings.freshNetwork();
        String partner = Replicated.partner(network);
        String meeting = Meetings.pastMeetingInviting(network, Replicated.group(network), 2, partner);

        Meetings.record(network, meeting, partner, "ABSENT");
        Meetings.record(network, meeting, partner, "EXCUSED");

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            List<JsonNode> recorded = reader.readUntil(r -> partner.equals(r.key()) && r.value().contains("EXCUSED"),
                            Duration.ofSeconds(30)).stream()
                    .filter(r -> partner.equals(r.key()) && TYPE.equals(TopicReader.header(r, "ce_type")))
                    .map(r -> readTree(r.value())).toList();

            assertEquals(List.of("ABSENT", "EXCUSED"), recorded.stream().map(p -> p.get("status").asText()).toList());
            assertEquals(List.of(1, 2), recorded.stream().map(p -> p.get("revision").asInt()).toList(),
                    "the correction supersedes: same meeting and partner, higher revision, later in the partner's order");
        }
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAnswerIsPublishedAsRsvpReceivedThatMatchesTheSchema() throws Exception {
        String network = Meetings.freshNetwork();
        String partner = Replicated.partner(network);
        String meeting = Meetings.futureMeeting(network, Replicated.group(network), 4);
        given().auth().oauth2(DevTokens.coordinator(network))
                .contentType(ContentType.JSON).body(Map.of("guests", List.of(partner)))
                .when().post("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting).then().statusCode(200);
        given().auth().oauth2(DevTokens.member(network, partner))
                .contentType(ContentType.JSON).body(Map.of("answer", "DECLINED"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, meeting, partner).then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            ConsumerRecord<String, String> record = reader.readUntil(r -> partner.equals(r.key()), Duration.ofSeconds(30))
                    .stream().filter(r -> partner.equals(r.key())).findFirst().orElseThrow();

            assertEquals("de.netzwerk.meeting.rsvp-received.v1", TopicReader.header(record, "ce_type"));
            JsonNode payload = json.readTree(record.value());
            assertEquals(Set.of(), EventSchemas.violations("rsvp-received.v1", payload));
            assertEquals(true, payload.get("beforeMeeting").asBoolean());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "attendance-recorded.v1", "rsvp-received.v1" })
    void thePublishedExamplesMatchTheirSchemas(String eventType) throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/" + eventType + ".json"));

        assertEquals(Set.of(), EventSchemas.violations(eventType, example));
    }

    @Test
    void theSchemaRejectsAnEventWithoutItsPartner() throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/attendance-recorded.v1.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) example).remove("partnerId");

        assertTrue(EventSchemas.violations("attendance-recorded.v1", example).stream()
                .anyMatch(violation -> violation.getMessage().contains("partnerId")));
    }
}
