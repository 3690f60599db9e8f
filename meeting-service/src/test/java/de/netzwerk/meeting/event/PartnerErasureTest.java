package de.netzwerk.meeting.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A partner erased on partner-service's partner-erased: nothing of this service names them or keeps what they typed,
 * the network's meetings still count the same, the erasure is confirmed once, and no replayed event brings them back.
 */
@QuarkusTest
class PartnerErasureTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NAME = "Anna Beispielfrau";
    private static final String REASON = NAME + " hat an dem Abend Elternsprechtag";
    private static final String CONFIRMATION = "de.netzwerk.meeting.partner-data-erased.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = Meetings.freshNetwork();
    private PartnerEvents events;

    @BeforeEach
    void connect() {
        events = new PartnerEvents(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void anErasedPartnerLeavesNoTraceButTheMeetingsCountsAndNeverComesBack() throws Exception {
        List<String> partners = Replicated.partners(network, 2);
        UUID erased = UUID.fromString(partners.get(0));
        String stays = partners.get(1);
        String group = Replicated.group(network);
        String otherGroup = Replicated.group(network);
        events.membershipStarted(UUID.fromString(group), erased, true);
        events.membershipStarted(UUID.fromString(group), UUID.fromString(stays), true);
        Replicated.await("both members", () -> count("select count(*) from group_member where group_id = ?1",
                UUID.fromString(group)) == 2);

        String attended = Meetings.pastMeetingInviting(network, group, 10);
        answer(attended, erased, "DECLINED", REASON);
        Meetings.record(network, attended, erased.toString(), "PRESENT");
        Meetings.record(network, attended, stays, "ABSENT");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Protokoll")).when()
                .put("/api/v1/networks/{n}/meetings/{m}/minutes", network, attended).then().statusCode(200);
        given().auth().oauth2(DevTokens.member(network, erased.toString())).when()
                .put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, attended, erased)
                .then().statusCode(200);
        String asGuest = Meetings.pastMeetingInviting(network, otherGroup, 5, erased.toString());
        Meetings.record(network, asGuest, erased.toString(), "EXCUSED");
        String ahead = Meetings.futureMeeting(network, group, 9);
        Meetings.inviteGuests(network, ahead);
        answer(ahead, erased, "ACCEPTED", "Ich bringe Kuchen mit, " + NAME);
        List<String> attendedTotals = attendanceTotals(attended);
        List<String> asGuestTotals = attendanceTotals(asGuest);

        String attendanceReadBefore = Meetings.attendanceTag(network, attended);
        UUID erasureId = UUID.randomUUID();
        UUID erasedEvent = events.partnerErased(erased, erasureId);
        JsonNode confirmation = awaitConfirmation(erasureId);

        assertEquals(Set.of(), EventSchemas.violations("partner-data-erased.v1", confirmation));
        assertEquals(erased.toString(), confirmation.get("partnerId").asText());
        assertEquals(network, confirmation.get("networkId").asText());
        assertEquals("meeting-service", confirmation.get("service").asText());
        assertNoTrace(erased);
        assertEquals(attendedTotals, attendanceTotals(attended));
        assertNotEquals(attendanceReadBefore, Meetings.attendanceTag(network, attended),
                "the attendance names a stand-in now: a correction read before must read it again");
        assertEquals(asGuestTotals, attendanceTotals(asGuest));
        assertNotEquals(standInAt(attended, erased, stays), standInAt(asGuest, erased, stays),
                "a stand-in must not tie one meeting to another");
        assertEquals(List.of(stays), invitees(ahead));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("answer", "ACCEPTED")).when()
                .put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, attended, erased)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("guests", List.of(erased))).when()
                .post("/api/v1/networks/{n}/meetings/{m}/invitations", network, ahead)
                .then().statusCode(422);

        events.partnerRegistered(erased);
        events.partnerUpdated(erased, "ACTIVE", 7);
        events.membershipStarted(UUID.fromString(group), erased, true);
        events.partnerErased(erasedEvent, erased, erasureId);
        events.partnerErased(erased, erasureId);
        UUID repeatedErasure = UUID.randomUUID();
        events.partnerErased(erased, repeatedErasure);
        awaitConfirmation(repeatedErasure);

        assertEquals(1, confirmationsOf(erasureId), "a redelivered or re-sent erasure is confirmed once");
        assertNoTrace(erased);
        assertEquals(List.of(stays), invitees(ahead));
    }

    @Test
    void anErasureNamingThePartnerInAnotherNetworkIsADeadLetterAndErasesNothing() {
        UUID partner = UUID.fromString(Replicated.partner(network));
        UUID deadLetter;
        try (PartnerEvents othersEvents = new PartnerEvents(bootstrapServers, Meetings.freshNetwork())) {
            deadLetter = othersEvents.partnerErased(partner, UUID.randomUUID());
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-service.partner-events.dlq")) {
            ConsumerRecord<String, String> record = reader.readUntil(
                    candidate -> deadLetter.toString().equals(TopicReader.header(candidate, "ce_id")), PATIENCE)
                    .stream().filter(candidate -> deadLetter.toString().equals(TopicReader.header(candidate, "ce_id")))
                    .findFirst().orElseThrow();
            assertThat(TopicReader.header(record, "dead-letter-reason"), containsString("is of network " + network));
        }
        assertEquals(1, count("select count(*) from partner where id = ?1", partner));
    }

    private void answer(String meeting, UUID partner, String answer, String reason) {
        given().auth().oauth2(DevTokens.member(network, partner.toString())).contentType(ContentType.JSON)
                .body(Map.of("answer", answer, "reason", reason)).when()
                .put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, meeting, partner)
                .then().statusCode(200);
    }

    /** Every text and uuid column of every table of this service's schema holds neither the partner nor what they typed. */
    private void assertNoTrace(UUID partner) {
        String id = partner.toString();
        Replicated.await("the outbox handed every event about the partner to Kafka",
                () -> count("select count(*) from outbox_event where payload like '%' || ?1 || '%'", id) == 0);
        List<String> found = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = entityManager.createNativeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = current_schema()
                      and data_type in ('text', 'character varying', 'character', 'uuid')""").getResultList();
            for (Object[] column : columns) {
                for (String trace : List.of(id, NAME, "Elternsprechtag", "Kuchen")) {
                    Number hits = (Number) entityManager.createNativeQuery("select count(*) from \"%s\" where \"%s\"::text like ?1"
                            .formatted(column[0], column[1])).setParameter(1, "%" + trace + "%").getSingleResult();
                    if (hits.longValue() > 0) {
                        found.add(column[0] + "." + column[1] + " holds " + trace);
                    }
                }
            }
        });
        assertEquals(List.of(), found);
    }

    private JsonNode awaitConfirmation(UUID erasureId) throws Exception {
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            ConsumerRecord<String, String> record = reader.readUntil(candidate -> confirms(candidate, erasureId), PATIENCE)
                    .stream().filter(candidate -> confirms(candidate, erasureId)).findFirst().orElseThrow();
            return json.readTree(record.value());
        }
    }

    private long confirmationsOf(UUID erasureId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-events")) {
            return reader.readUntil(candidate -> confirms(candidate, erasureId), PATIENCE).stream()
                    .filter(candidate -> confirms(candidate, erasureId)).count();
        }
    }

    private static boolean confirms(ConsumerRecord<String, String> record, UUID erasureId) {
        return CONFIRMATION.equals(TopicReader.header(record, "ce_type")) && record.value().contains(erasureId.toString());
    }

    private List<String> attendanceTotals(String meeting) {
        List<String> statuses = given().auth().oauth2(DevTokens.coordinator(network)).when()
                .get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200).extract().path("entries.status");
        return statuses.stream().sorted().toList();
    }

    /** Who stands in for the erased partner at the meeting: the one entry that is not the partner who stays. */
    private String standInAt(String meeting, UUID erased, String stays) {
        List<String> attendees = given().auth().oauth2(DevTokens.coordinator(network)).when()
                .get("/api/v1/networks/{n}/meetings/{m}/attendance", network, meeting)
                .then().statusCode(200).extract().path("entries.partnerId");
        List<String> standIns = attendees.stream().filter(p -> !p.equals(stays)).toList();
        assertEquals(1, standIns.size());
        assertNotEquals(erased.toString(), standIns.getFirst());
        return standIns.getFirst();
    }

    private List<String> invitees(String meeting) {
        return given().auth().oauth2(DevTokens.coordinator(network)).when()
                .get("/api/v1/networks/{n}/meetings/{m}/invitations", network, meeting)
                .then().statusCode(200).extract().path("items.partnerId");
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
