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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A past meeting entered after the fact, as integrations and engagement-service read it on meeting-events: the
 * events carry the dates on which things happened, not the day they were entered, and entering the same history
 * twice publishes it once.
 */
@QuarkusTest
class MeetingHistoryEventsTest {

    private static final String TYPE = "de.netzwerk.meeting.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBackfilledMeetingIsPublishedOnceWithItsOriginalDates() throws Exception {
        String network = Meetings.freshNetwork();
        List<String> partners = Replicated.partners(network, 2);
        String anna = partners.get(0);
        String ben = partners.get(1);
        String meeting = Meetings.pastMeeting(network, Replicated.group(network), 30);
        OffsetDateTime start = startOf(network, meeting);
        OffsetDateTime sent = start.minusDays(8);
        OffsetDateTime declined = start.minusDays(1);
        OffsetDateTime published = start.plusDays(4);
        OffsetDateTime read = start.plusDays(6);
        Map<String, Object> history = Map.of(
                "invitations", Map.of("sentAt", sent.toString(), "partnerIds", List.of(anna, ben)),
                "responses", List.of(Map.of("partnerId", ben, "answer", "DECLINED", "respondedAt", declined.toString())),
                "attendance", List.of(Map.of("partnerId", anna, "status", "PRESENT"),
                        Map.of("partnerId", ben, "status", "ABSENT")));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(history)
                    .when().put("/api/v1/networks/{n}/meetings/{m}/history", network, meeting).then().statusCode(200);
        }
        // Written after the history, each is the last event on its partition: once read, all before it was read.
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Protokoll", "publishedAt", published.toString()))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting).then().statusCode(200);
        for (String partner : partners) {
            given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                    .body(Map.of("acknowledgedAt", read.toString()))
                    .when().put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, meeting, partner)
                    .then().statusCode(200);
        }

        List<ConsumerRecord<String, String>> records;
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            reader.readUntil(ofType(meeting, "minutes-published", meeting), Duration.ofSeconds(30));
            reader.readUntil(ofType(meeting, "minutes-acknowledged", anna), Duration.ofSeconds(30));
            records = reader.readUntil(ofType(meeting, "minutes-acknowledged", ben), Duration.ofSeconds(30));
        }

        List<JsonNode> invitations = payloads(records, meeting, "invitations-sent");
        assertEquals(1, invitations.size(), "the same history entered twice is published once");
        JsonNode invited = invitations.getFirst();
        assertSameMoment(sent, invited.get("sentAt"));
        assertTrue(OffsetDateTime.parse(invited.get("recordedAt").asText()).isAfter(start),
                "recorded when entered, weeks after the meeting, so that consumers can tell when it became known");
        assertEquals(8, invited.get("daysAhead").asInt());
        assertEquals(false, invited.get("late").asBoolean());
        assertEquals(false, invited.get("backfilled").asBoolean());
        assertEquals(2, invited.get("invitees").size());

        List<JsonNode> answers = payloads(records, meeting, "rsvp-received");
        assertEquals(1, answers.size());
        assertSameMoment(declined, answers.getFirst().get("respondedAt"));
        assertEquals(true, answers.getFirst().get("beforeMeeting").asBoolean());

        List<JsonNode> attendance = payloads(records, meeting, "attendance-recorded");
        assertEquals(2, attendance.size(), "the same history entered twice is published once");
        assertEquals(Set.of(anna + " PRESENT 1", ben + " EXCUSED 1"), Set.copyOf(attendance.stream()
                .map(a -> a.get("partnerId").asText() + " " + a.get("status").asText() + " " + a.get("revision").asInt())
                .toList()));

        List<JsonNode> minutes = payloads(records, meeting, "minutes-published");
        assertEquals(1, minutes.size());
        assertSameMoment(published, minutes.getFirst().get("publishedAt"));
        assertEquals(4, minutes.getFirst().get("daysAfter").asInt());
        assertEquals(false, minutes.getFirst().get("late").asBoolean());
        assertEquals(ben, minutes.getFirst().get("askedToRead").get(0).asText());

        List<JsonNode> acknowledged = payloads(records, meeting, "minutes-acknowledged");
        assertEquals(2, acknowledged.size());
        acknowledged.forEach(acknowledgement -> assertSameMoment(read, acknowledgement.get("acknowledgedAt")));
    }

    @Test
    void invitationsEnteredWithoutTheirDateArePublishedAsBackfilled() throws Exception {
        String network = Meetings.freshNetwork();
        String anna = Replicated.partner(network);
        String meeting = Meetings.pastMeeting(network, Replicated.group(network), 30);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("invitations", Map.of("partnerIds", List.of(anna))))
                .when().put("/api/v1/networks/{n}/meetings/{m}/history", network, meeting).then().statusCode(200);

        List<ConsumerRecord<String, String>> records;
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            records = reader.readUntil(ofType(meeting, "invitations-sent", meeting), Duration.ofSeconds(30));
        }

        JsonNode invited = payloads(records, meeting, "invitations-sent").getFirst();
        assertEquals(true, invited.get("backfilled").asBoolean());
        assertEquals(false, invited.get("late").asBoolean());
        assertNull(invited.get("daysAhead").numberValue());
    }

    @Test
    void aPublicationDateMovedEarlierIsPublishedAgainAndJudgedByIt() throws Exception {
        String network = Meetings.freshNetwork();
        String absent = Replicated.partner(network);
        String meeting = Meetings.pastMeetingInviting(network, Replicated.group(network), 40, absent);
        OffsetDateTime start = startOf(network, meeting);
        for (int daysAfter : new int[] { 20, 5 }) {
            Meetings.withMinutesTag(given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                    .body(Map.of("text", "Protokoll", "publishedAt", start.plusDays(daysAfter).toString())), network, meeting)
                    .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, meeting).then().statusCode(200);
        }

        List<ConsumerRecord<String, String>> records;
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            records = reader.readUntil(ofType(meeting, "minutes-published", meeting)
                    .and(record -> record.value().contains("\"daysAfter\":5")), Duration.ofSeconds(30));
        }

        List<JsonNode> published = payloads(records, meeting, "minutes-published");
        assertEquals(2, published.size());
        assertEquals(true, published.get(0).get("late").asBoolean());
        assertSameMoment(start.plusDays(5), published.get(1).get("publishedAt"));
        assertEquals(false, published.get(1).get("late").asBoolean());
    }

    private static Predicate<ConsumerRecord<String, String>> ofType(String meeting, String type, String key) {
        return record -> key.equals(record.key()) && record.value().contains(meeting)
                && (TYPE + type + ".v1").equals(TopicReader.header(record, "ce_type"));
    }

    /** The payloads of one type about the meeting, each checked against its published schema. */
    private List<JsonNode> payloads(List<ConsumerRecord<String, String>> records, String meeting, String type)
            throws Exception {
        List<ConsumerRecord<String, String>> ours = records.stream()
                .filter(record -> record.value().contains(meeting))
                .filter(record -> (TYPE + type + ".v1").equals(TopicReader.header(record, "ce_type")))
                .toList();
        List<JsonNode> payloads = new ArrayList<>();
        for (ConsumerRecord<String, String> record : ours) {
            JsonNode payload = json.readTree(record.value());
            assertEquals(Set.of(), EventSchemas.violations(type + ".v1", payload));
            payloads.add(payload);
        }
        return payloads;
    }

    private static OffsetDateTime startOf(String network, String meeting) {
        return OffsetDateTime.parse(given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/{m}", network, meeting)
                .then().statusCode(200).extract().path("startsAt"));
    }

    private static void assertSameMoment(OffsetDateTime expected, JsonNode actual) {
        assertTrue(expected.isEqual(OffsetDateTime.parse(actual.asText())), () -> "expected " + expected + ", got " + actual);
    }
}
