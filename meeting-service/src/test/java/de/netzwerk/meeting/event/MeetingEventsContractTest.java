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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The life of a meeting as integrations read it on meeting-events: every record matches its published schema. */
@QuarkusTest
class MeetingEventsContractTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void schedulingReschedulingAndCancellingArePublishedKeyedByTheMeeting() throws Exception {
        String network = Meetings.freshNetwork();
        String meeting = Meetings.futureMeeting(network, Replicated.group(network), 12);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "AG Inklusion", "startsAt", "2027-02-04T18:00:00+01:00",
                        "endsAt", "2027-02-04T20:00:00+01:00", "place", "Rathaus"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().put("/api/v1/networks/{n}/meetings/{m}", network, meeting).then().statusCode(200);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Zu wenige Zusagen"))
                .header("If-Match", Meetings.meetingTag(network, meeting))
                .when().post("/api/v1/networks/{n}/meetings/{m}/cancellation", network, meeting).then().statusCode(200);

        List<ConsumerRecord<String, String>> ours = eventsOf(meeting, "cancelled");

        assertEquals(List.of("de.netzwerk.meeting.scheduled.v1", "de.netzwerk.meeting.rescheduled.v1",
                "de.netzwerk.meeting.cancelled.v1"), ours.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        assertConforms(ours.get(0), "scheduled.v1");
        JsonNode rescheduled = assertConforms(ours.get(1), "rescheduled.v1");
        assertEquals("2027-02-04T18:00:00+01:00", rescheduled.get("startsAt").asText());
        assertEquals(1, rescheduled.get("sequence").asInt());
        JsonNode cancelled = assertConforms(ours.get(2), "cancelled.v1");
        assertFalse(cancelled.has("reason"), "the reason is free text and stays in meeting-service");
        assertEquals(2, cancelled.get("sequence").asInt());
    }

    @Test
    void publishedMinutesAndTheirAcknowledgementArePublished() throws Exception {
        String network = Meetings.freshNetwork();
        String absent = Replicated.partner(network);
        String meeting = Meetings.pastMeetingInviting(network, Replicated.group(network), 16, absent);
        Meetings.record(network, meeting, absent, "ABSENT");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Protokoll"))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting).then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.member(network, absent))
                    .when().put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, meeting, absent)
                    .then().statusCode(200);
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    record -> record.value().contains(meeting) && "de.netzwerk.meeting.minutes-acknowledged.v1"
                            .equals(TopicReader.header(record, "ce_type")), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> published = ofType(records, meeting, "minutes-published");
            List<ConsumerRecord<String, String>> acknowledged = ofType(records, meeting, "minutes-acknowledged");

            assertEquals(1, published.size());
            assertEquals(meeting, published.getFirst().key());
            JsonNode minutes = assertConforms(published.getFirst(), "minutes-published.v1");
            assertEquals(true, minutes.get("late").asBoolean());
            assertEquals(absent, minutes.get("askedToRead").get(0).asText());
            assertEquals(1, acknowledged.size(), "acknowledging twice is one acknowledgement");
            assertEquals(absent, acknowledged.getFirst().key());
            assertEquals(true, assertConforms(acknowledged.getFirst(), "minutes-acknowledged.v1").get("askedToRead").asBoolean());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "scheduled.v1", "rescheduled.v1", "cancelled.v1", "minutes-published.v1",
            "minutes-acknowledged.v1", "partner-data-erased.v1", "personal-data-exported.v1" })
    void thePublishedExampleMatchesTheSchema(String eventType) throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/" + eventType + ".json"));

        assertEquals(Set.of(), EventSchemas.violations(eventType, example));
    }

    private List<ConsumerRecord<String, String>> eventsOf(String meeting, String lastType) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            return reader.readUntil(record -> meeting.equals(record.key())
                            && ("de.netzwerk.meeting." + lastType + ".v1").equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(30)).stream().filter(record -> meeting.equals(record.key())).toList();
        }
    }

    private static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records, String meeting,
            String type) {
        return records.stream().filter(record -> record.value().contains(meeting))
                .filter(record -> ("de.netzwerk.meeting." + type + ".v1").equals(TopicReader.header(record, "ce_type")))
                .toList();
    }

    private JsonNode assertConforms(ConsumerRecord<String, String> record, String eventType) throws Exception {
        JsonNode payload = json.readTree(record.value());
        assertEquals(Set.of(), EventSchemas.violations(eventType, payload));
        return payload;
    }
}
