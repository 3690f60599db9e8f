package de.netzwerk.meeting.event;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.Replicated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What coordinators and partners type — a meeting's title, place, online link and agenda, the reason for cancelling
 * it, the reason given with an answer, the minutes — stays in meeting-service, where an erasure reaches it;
 * meeting-events, which cannot be edited, carry none of it (issue 14, item 3).
 */
@QuarkusTest
class MeetingEventsCarryNoFreeTextTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = Meetings.freshNetwork();

    @Test
    void noMeetingEventCarriesTitlePlaceLinkAgendaReasonsOrMinutes() {
        // Not hexadecimal, so no id on the topic contains it by chance.
        String marker = "qx" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> details = Map.of(
                "title", "Treffen bei Familie Quandtmeyer " + marker,
                "place", "Wohnzimmer Ostrowski-" + marker + ", Lindenweg 3",
                "onlineLink", "https://meet.example.org/wielandt-" + marker,
                "agenda", "Abschied von Herrn Brandauer-" + marker);
        String cancelReason = "Frau Lindqvist-" + marker + " liegt im Krankenhaus";
        String answerReason = "Pflege meiner Mutter, " + marker;
        String minutes = "Herr Okonkwo-" + marker + " berichtet von seiner Kur";
        String group = Replicated.group(network);
        String anna = Replicated.partner(network);

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(20).withHour(18).withMinute(0)
                .withSecond(0).withNano(0);
        Map<String, Object> scheduling = new HashMap<>(details);
        scheduling.putAll(Map.of("groupId", group, "startsAt", start.toString(), "endsAt", start.plusHours(2).toString()));
        String cancelled = coordinator().body(scheduling).when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> moving = new HashMap<>(details);
        moving.putAll(Map.of("startsAt", start.plusDays(7).toString(), "endsAt", start.plusDays(7).plusHours(2).toString()));
        coordinator().body(moving).header("If-Match", Meetings.meetingTag(network, cancelled))
                .when().put("/api/v1/networks/{n}/meetings/{m}", network, cancelled)
                .then().statusCode(200);
        Meetings.inviteGuests(network, cancelled, anna);
        coordinator().body(Map.of("answer", "DECLINED", "reason", answerReason))
                .when().put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, cancelled, anna)
                .then().statusCode(200);
        coordinator().body(Map.of("reason", cancelReason))
                .header("If-Match", Meetings.meetingTag(network, cancelled))
                .when().post("/api/v1/networks/{n}/meetings/{m}/cancellation", network, cancelled).then().statusCode(200);
        String held = Meetings.pastMeetingInviting(network, group, 3, anna);
        Meetings.record(network, held, anna, "ABSENT");
        coordinator().body(Map.of("text", minutes))
                .when().put("/api/v1/networks/{n}/meetings/{m}/minutes", network, held).then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            List<ConsumerRecord<String, String>> records = List.of();
            for (Published expected : List.of(new Published("scheduled", cancelled),
                    new Published("rescheduled", cancelled), new Published("invitations-sent", cancelled),
                    new Published("rsvp-received", cancelled), new Published("cancelled", cancelled),
                    new Published("attendance-recorded", held), new Published("minutes-published", held))) {
                records = reader.readUntil(expected::matches, PATIENCE);
            }

            for (String text : List.of(marker, details.get("title"), details.get("place"), details.get("onlineLink"),
                    details.get("agenda"), cancelReason, answerReason, minutes)) {
                assertEquals(List.of(), records.stream().filter(record -> carries(record, text))
                        .map(record -> TopicReader.header(record, "ce_type") + " " + record.value()).toList(), text);
            }
        }
    }

    private io.restassured.specification.RequestSpecification coordinator() {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON);
    }

    /** An event about a meeting that must have been read before the topic is searched. */
    private record Published(String type, String meeting) {
        boolean matches(ConsumerRecord<String, String> record) {
            return ("de.netzwerk.meeting." + type + ".v1").equals(TopicReader.header(record, "ce_type"))
                    && record.value().contains(meeting);
        }
    }

    /** The text in the record's key, value or any header. */
    private static boolean carries(ConsumerRecord<String, String> record, String text) {
        if ((record.key() != null && record.key().contains(text)) || record.value().contains(text)) {
            return true;
        }
        for (Header header : record.headers()) {
            if (header.value() != null && new String(header.value(), StandardCharsets.UTF_8).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
